// A failed read in the workspace: the server's own sentence, and, when the practice requires
// two-step sign-in before client content (BETWEEN_REQUIRE_THERAPIST_2FA), the way to set it up.
import { Link } from "react-router";
import { ApiError } from "../api/http.ts";
import { QueryError } from "../ui/status.tsx";

export function WorkspaceError(props: { error: unknown; retry?: () => void }) {
  const needsTwoStep = props.error instanceof ApiError && props.error.status === 403 && /two-step/i.test(`${props.error.title} ${props.error.message}`);
  return (
    <>
      <QueryError error={props.error} {...(props.retry === undefined ? {} : { retry: props.retry })} />
      {needsTwoStep && (
        <p>
          <Link to="/therapist/security">Set up two-step sign-in</Link>
        </p>
      )}
    </>
  );
}
