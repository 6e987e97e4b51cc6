// The frame around every screen: a skip link, the header with the crisis lines button (on every
// screen, signed in or not), an offline notice, and the page.
import { Link, Outlet, useNavigation } from "react-router";
import { useOnline } from "./use-online.ts";
import { CrisisButton } from "./crisis-lines.tsx";
import styles from "./app-shell.module.css";

export function AppShell() {
  const online = useOnline();
  const navigation = useNavigation();
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <Link to="/" className={styles.brand}>
          Between
        </Link>
        <CrisisButton />
      </header>
      {!online && (
        <p className={styles.offline} role="status">
          You're offline. You can read what's on screen, but nothing can be sent until you're back online.
        </p>
      )}
      <main id="main" className={styles.main} tabIndex={-1} aria-busy={navigation.state === "loading"}>
        <Outlet />
      </main>
    </div>
  );
}

export function PageError() {
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <a href="/" className={styles.brand}>
          Between
        </a>
        <CrisisButton />
      </header>
      <main id="main" className={styles.main}>
        <h1>Something went wrong</h1>
        <p>This screen couldn't be shown. Nothing you wrote was lost.</p>
        <p>
          <a href="/">Go to the start</a>
        </p>
      </main>
    </div>
  );
}
