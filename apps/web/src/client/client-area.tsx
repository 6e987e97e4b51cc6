// The client's area: a narrow column for a phone, with a bottom bar to the main places.
import { NavLink, Outlet } from "react-router";
import { RequireRole } from "../ui/require-role.tsx";
import styles from "./client.module.css";

export function ClientArea() {
  return (
    <RequireRole role="client">
      {() => (
        <div className={styles.area}>
          <div className={styles.content}>
            <Outlet />
          </div>
          <nav className={styles.tabs} aria-label="Main">
            <NavLink to="/app" end className={({ isActive }) => (isActive ? styles.tabActive : styles.tab)}>
              Talk
            </NavLink>
            <NavLink to="/app/safety-plan" className={({ isActive }) => (isActive ? styles.tabActive : styles.tab)}>
              Safety plan
            </NavLink>
            <NavLink to="/app/me" className={({ isActive }) => (isActive ? styles.tabActive : styles.tab)}>
              Me
            </NavLink>
          </nav>
        </div>
      )}
    </RequireRole>
  );
}
