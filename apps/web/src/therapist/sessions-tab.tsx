// Sessions: the dates that cut time into the windows briefs cover, with private notes (encrypted,
// never shown to the client or the companion).
import { useId, useState, type SubmitEvent } from "react";
import { messageOf } from "../api/http.ts";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { useRecordSession, useSessions, type CaseloadEntry } from "./api.ts";
import { formatDateTime, fromLocalInputValue, toLocalInputValue } from "./format.ts";
import styles from "./workspace.module.css";

export function SessionsTab(props: { client: CaseloadEntry }) {
  const sessions = useSessions(props.client.id);
  return (
    <div className={styles.grid}>
      <RecordSessionForm clientId={props.client.id} />
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions</h2>
        {sessions.isPending ? (
          <Loading />
        ) : sessions.isError ? (
          <WorkspaceError error={sessions.error} retry={() => void sessions.refetch()} />
        ) : sessions.data.sessions.length === 0 ? (
          <p>No sessions recorded. Until you record one, briefs cover the last 28 days.</p>
        ) : (
          <ul className={styles.cards} aria-label="Sessions">
            {sessions.data.sessions.map((session) => (
              <li key={session.id} className={ui.card}>
                <h3>{formatDateTime(session.heldAt)}</h3>
                {session.notes === null || session.notes === "" ? <p className={ui.muted}>No notes.</p> : <p className={styles.quote}>{session.notes}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RecordSessionForm(props: { clientId: string }) {
  const id = useId();
  const record = useRecordSession(props.clientId);
  const [heldAt, setHeldAt] = useState(() => toLocalInputValue(new Date()));
  const [notes, setNotes] = useState("");
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = fromLocalInputValue(heldAt);
    if (iso === null) return;
    record.mutate({ heldAt: iso, ...(notes.trim() === "" ? {} : { notes }) }, { onSuccess: () => setNotes("") });
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Record a session</h2>
      <form className={ui.card} onSubmit={submit}>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${id}-when`}>
            When the session was held
          </label>
          <input id={`${id}-when`} className={ui.input} type="datetime-local" value={heldAt} onChange={(e) => setHeldAt(e.target.value)} required />
        </div>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${id}-notes`}>
            Private notes
          </label>
          <span className={ui.hint} id={`${id}-notes-hint`}>
            Encrypted, and never shown to the client or the companion.
          </span>
          <textarea
            id={`${id}-notes`}
            aria-describedby={`${id}-notes-hint`}
            className={`${ui.input} ${styles.textarea}`}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            maxLength={20000}
          />
        </div>
        {record.isError && (
          <p className={ui.error} role="alert">
            {messageOf(record.error)}
          </p>
        )}
        {record.isSuccess && (
          <p className={styles.success} role="status">
            Session recorded. The next brief starts from it.
          </p>
        )}
        <button type="submit" className={ui.button} disabled={record.isPending}>
          Record session
        </button>
      </form>
    </section>
  );
}
