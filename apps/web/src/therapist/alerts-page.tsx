// Safety alerts from clients who agreed to them: unacknowledged first. Acknowledging takes a note of
// what was done, which stays with the alert.
import { useId, useState, type SubmitEvent } from "react";
import { Link } from "react-router";
import { messageOf } from "../api/http.ts";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { useAcknowledgeAlert, useAlerts, type SafetyAlert } from "./api.ts";
import { formatDateTime, tierLabels } from "./format.ts";
import styles from "./workspace.module.css";

export function AlertsPage() {
  const alerts = useAlerts();
  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Safety alerts</h1>
      <p className={ui.muted}>
        From clients who agreed to risk alerts: a message the risk screen judged urgent or imminent, or the client asking for you. Acknowledge each one
        with a note of what you did.
      </p>
      <AlertList query={alerts} showClient />
    </section>
  );
}

export function AlertList(props: { query: ReturnType<typeof useAlerts>; clientId?: string; showClient?: boolean }) {
  const { query } = props;
  if (query.isPending) return <Loading label="Loading alerts…" />;
  if (query.isError) return <WorkspaceError error={query.error} retry={() => void query.refetch()} />;
  const alerts = query.data.alerts.filter((alert) => props.clientId === undefined || alert.client.id === props.clientId);
  if (alerts.length === 0) return <p>No safety alerts{props.clientId === undefined ? "" : " for this client"} in the last 30 days.</p>;
  return (
    <ul className={styles.cards} aria-label="Alerts">
      {alerts.map((alert) => (
        <li key={alert.id} className={ui.card}>
          <AlertCard alert={alert} showClient={props.showClient ?? false} />
        </li>
      ))}
    </ul>
  );
}

function AlertCard(props: { alert: SafetyAlert; showClient: boolean }) {
  const { alert } = props;
  const headingId = useId();
  return (
    <article aria-labelledby={headingId}>
      <h2 id={headingId} className={ui.row}>
        <span className={alert.acknowledgedAt === null ? styles.urgent : styles.badge}>{tierLabels[alert.tier] ?? alert.tier}</span>
        {props.showClient ? <Link to={`/therapist/clients/${encodeURIComponent(alert.client.id)}/safety`}>{alert.client.name}</Link> : <span>Alert</span>}
      </h2>
      <p>
        Raised {formatDateTime(alert.raisedAt)}
        {alert.raiseCount > 1 && `, raised again ${alert.raiseCount - 1} ${alert.raiseCount === 2 ? "time" : "times"} (last ${formatDateTime(alert.lastRaisedAt)})`}.
        {alert.categories.length > 0 && ` What the screen found: ${alert.categories.map((category) => category.replace(/-/g, " ")).join(", ")}.`}
        {` Source: ${sourceLabels[alert.source] ?? alert.source}.`}
      </p>
      {alert.message !== null && (
        <>
          <p className={ui.muted}>The message that raised it ({formatDateTime(alert.message.at)}):</p>
          <blockquote className={styles.quote}>{alert.message.text}</blockquote>
        </>
      )}
      {alert.acknowledgedAt === null ? (
        <AcknowledgeForm alertId={alert.id} />
      ) : (
        <p className={styles.success}>
          Acknowledged {formatDateTime(alert.acknowledgedAt)}
          {alert.note !== null && (
            <>
              . Your note: <span className={styles.quote}>{alert.note}</span>
            </>
          )}
        </p>
      )}
    </article>
  );
}

const sourceLabels: Record<string, string> = {
  "risk-screen": "the risk screen, on a message",
  "phq9-item9": "PHQ-9 item 9 (thoughts of death or self-harm) answered above 0",
  "output-guard": "the companion's output guard",
};

function AcknowledgeForm(props: { alertId: string }) {
  const [note, setNote] = useState("");
  const acknowledge = useAcknowledgeAlert();
  const id = useId();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim() === "") return;
    acknowledge.mutate({ alertId: props.alertId, note: note.trim() });
  };
  return (
    <form onSubmit={submit}>
      <div className={ui.field}>
        <label className={ui.label} htmlFor={`${id}-note`}>
          What you did (note kept with the alert)
        </label>
        <textarea
          id={`${id}-note`}
          className={`${ui.input} ${styles.textarea}`}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={2000}
          required
        />
      </div>
      {acknowledge.isError && (
        <p className={ui.error} role="alert">
          {messageOf(acknowledge.error)}
        </p>
      )}
      <button type="submit" className={ui.button} disabled={acknowledge.isPending || note.trim() === ""}>
        Acknowledge alert
      </button>
    </form>
  );
}
