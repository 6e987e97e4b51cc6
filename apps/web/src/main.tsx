import { onlineManager, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { ApiError } from "./api/http.ts";
import { createRouter } from "./router.tsx";
import "./styles/tokens.css";
import "./styles/global.css";

// TanStack Query assumes it starts online and only hears the browser's online/offline events: an app
// opened offline (the service worker serves the shell) would never learn that the connection came
// back, and its failed queries would stay failed. Start from what the browser says.
onlineManager.setOnline(navigator.onLine);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Try once even offline: the service worker answers some requests (the crisis lines) from its
      // cache. A failure offline then waits for the connection, and a reconnect refetches.
      networkMode: "offlineFirst",
      // A refused request (4xx) will be refused again; only retry what might be passing trouble.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={createRouter()} />
    </QueryClientProvider>
  </StrictMode>,
);

// Installable, and the shell opens offline (public/sw.js). Not in development: Vite serves modules live.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without it the app still works online.
    });
  });
}
