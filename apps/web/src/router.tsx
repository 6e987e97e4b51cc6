// Every route. The client's home and chat ship in the main bundle (a phone at 2 a.m. must not wait
// on another download); the client's other screens are one chunk, and the therapist's workspace
// another, each loaded when first opened.
import { createBrowserRouter } from "react-router";
import { SignInPage, SignUpPage } from "./auth/auth-pages.tsx";
import { ChatPage } from "./client/chat.tsx";
import { ClientArea } from "./client/client-area.tsx";
import { ClientHome } from "./client/home.tsx";
import { AppShell, PageError } from "./ui/app-shell.tsx";
import { HomeRedirect } from "./ui/require-role.tsx";
import ui from "./ui/ui.module.css";

type ClientPages = typeof import("./client/pages/index.ts");

/** A client screen from the lazily loaded chunk. */
function page(name: keyof ClientPages) {
  return async () => {
    const pages = await import("./client/pages/index.ts");
    return { Component: pages[name] };
  };
}

export function createRouter() {
  return createBrowserRouter([
    {
      Component: AppShell,
      ErrorBoundary: PageError,
      children: [
        { index: true, Component: HomeRedirect },
        { path: "sign-in", Component: SignInPage },
        { path: "sign-up", Component: SignUpPage },
        {
          path: "app",
          Component: ClientArea,
          children: [
            { index: true, Component: ClientHome },
            { path: "c/:id", Component: ChatPage },
            { path: "welcome", lazy: page("WelcomePage") },
            { path: "safety-plan", lazy: page("SafetyPlanPage") },
            { path: "me", lazy: page("MePage") },
            { path: "me/therapist", lazy: page("TherapistLinkPage") },
            { path: "me/therapist-view", lazy: page("TherapistViewPage") },
            { path: "me/access-log", lazy: page("AccessLogPage") },
            { path: "me/moments", lazy: page("MomentsPage") },
            { path: "me/practices", lazy: page("PracticesPage") },
            { path: "me/check-ins", lazy: page("CheckInsPage") },
            { path: "me/memory", lazy: page("MemoryPage") },
            { path: "me/data", lazy: page("MyDataPage") },
          ],
        },
        {
          path: "therapist/*",
          lazy: async () => {
            const module = await import("./therapist/index.tsx");
            return { Component: module.default };
          },
        },
        { path: "*", Component: NotFound },
      ],
    },
  ]);
}

function NotFound() {
  return (
    <section className={ui.page}>
      <h1>Nothing here</h1>
      <p>
        <a href="/">Go to the start</a>
      </p>
    </section>
  );
}
