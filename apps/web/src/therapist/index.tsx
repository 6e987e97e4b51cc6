// The therapist's workspace, loaded as its own chunk only when a therapist opens it (the client's
// chat must stay small). Rendered at /therapist/*: the caseload, alerts, invites, the second factor,
// and a page per client.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NavLink, Route, Routes, useNavigate } from "react-router";
import { messageOf } from "../api/http.ts";
import { signOut } from "../api/session.ts";
import { RequireRole } from "../ui/require-role.tsx";
import ui from "../ui/ui.module.css";
import { useAlerts } from "./api.ts";
import { AlertsPage } from "./alerts-page.tsx";
import { CaseloadPage } from "./caseload-page.tsx";
import { ClientPage } from "./client-page.tsx";
import { InvitePage } from "./invite-page.tsx";
import { SecurityPage } from "./security-page.tsx";
import styles from "./workspace.module.css";

export default function TherapistArea() {
  return <RequireRole role="therapist">{(me) => <Workspace twoFactorEnabled={me.twoFactorEnabled} />}</RequireRole>;
}

function Workspace(props: { twoFactorEnabled: boolean }) {
  const alerts = useAlerts();
  const open = alerts.data?.alerts.filter((alert) => alert.acknowledgedAt === null).length ?? 0;
  return (
    <div className={styles.workspace}>
      <nav className={styles.nav} aria-label="Workspace">
        <NavLink to="/therapist" end className={styles.navLink}>
          Clients
        </NavLink>
        <NavLink to="/therapist/alerts" className={styles.navLink}>
          Safety alerts
          {open > 0 && (
            <span className={styles.count}>
              {open}
              <span className="visually-hidden"> not yet acknowledged</span>
            </span>
          )}
        </NavLink>
        <NavLink to="/therapist/invite" className={styles.navLink}>
          Invite a client
        </NavLink>
        <NavLink to="/therapist/security" className={styles.navLink}>
          Two-step sign-in{props.twoFactorEnabled ? "" : " (off)"}
        </NavLink>
        <SignOut />
      </nav>
      <Routes>
        <Route index element={<CaseloadPage />} />
        <Route path="alerts" element={<AlertsPage />} />
        <Route path="invite" element={<InvitePage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="clients/:clientId/*" element={<ClientPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

/** Signing out forgets every client's data held in this tab before leaving. */
function SignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leaving = useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      queryClient.clear();
      await navigate("/sign-in", { replace: true });
    },
  });
  return (
    <span className={styles.signOut}>
      <button type="button" className={ui.secondary} onClick={() => leaving.mutate()} disabled={leaving.isPending}>
        Sign out
      </button>
      {leaving.isError && (
        <span className={ui.error} role="alert">
          {messageOf(leaving.error)}
        </span>
      )}
    </span>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Nothing here</h1>
      <p>
        <NavLink to="/therapist">Back to your clients</NavLink>
      </p>
    </section>
  );
}
