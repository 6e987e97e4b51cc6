// Every route. The client's screens ship in the main bundle (a phone at 2 a.m. must not wait on
// another download); the therapist's workspace is a separate chunk, loaded when it is opened.
import { createBrowserRouter } from "react-router";
import { SignInPage, SignUpPage } from "./auth/auth-pages.tsx";
import { ChatPage } from "./client/chat.tsx";
import { ClientArea } from "./client/client-area.tsx";
import { ClientHome } from "./client/home.tsx";
import { AppShell, PageError } from "./ui/app-shell.tsx";
import { HomeRedirect } from "./ui/require-role.tsx";
import ui from "./ui/ui.module.css";

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
