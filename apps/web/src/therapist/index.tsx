// The therapist's workspace, loaded as its own chunk only when a therapist opens it (the client's
// chat must stay small). This placeholder is replaced by the workspace itself: the module's default
// export is rendered at /therapist/* and may declare its own nested <Routes>.
import { RequireRole } from "../ui/require-role.tsx";
import ui from "../ui/ui.module.css";

export default function TherapistArea() {
  return (
    <RequireRole role="therapist">
      {(me) => (
        <section className={ui.page} aria-labelledby="therapist-title">
          <h1 id="therapist-title">Welcome, {me.name}</h1>
          <p>Your workspace is being set up.</p>
        </section>
      )}
    </RequireRole>
  );
}
