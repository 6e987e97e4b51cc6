// The caseload: every client, in the order the server ranks by what needs attention (unacknowledged
// safety alerts first, then rising dependency, worsening scores, practices due), with the reason.
import { Link } from "react-router";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { useCaseload, type CaseloadEntry } from "./api.ts";
import { formatDateTime, formatRelative, levelShort } from "./format.ts";
import styles from "./workspace.module.css";

export function CaseloadPage() {
  const caseload = useCaseload();
  return (
    <section aria-labelledby="caseload-title">
      <div className={styles.pageHeader}>
        <h1 id="caseload-title">Your clients</h1>
        <Link to="/therapist/invite" className={ui.secondary}>
          Invite a client
        </Link>
      </div>
      <p className={ui.muted}>Ordered by what needs attention first. Each line says why a client is where they are.</p>
      {caseload.isPending ? (
        <Loading label="Loading your clients…" />
      ) : caseload.isError ? (
        <WorkspaceError error={caseload.error} retry={() => void caseload.refetch()} />
      ) : caseload.data.clients.length === 0 ? (
        <div className={ui.card}>
          <p>No clients yet. Invite a client: they redeem the code in their app and choose what you may see.</p>
          <Link to="/therapist/invite">Create an invite code</Link>
        </div>
      ) : (
        <CaseloadTable clients={caseload.data.clients} />
      )}
    </section>
  );
}

function CaseloadTable(props: { clients: CaseloadEntry[] }) {
  const now = new Date();
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Clients, most in need of attention first</caption>
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col">Needs attention</th>
          <th scope="col">Last activity</th>
          <th scope="col">Last session</th>
          <th scope="col">Sharing</th>
          <th scope="col">Dependency index</th>
        </tr>
      </thead>
      <tbody>
        {props.clients.map((client) => (
          <tr key={client.id}>
            <th scope="row">
              <Link to={`/therapist/clients/${encodeURIComponent(client.id)}`}>{client.name}</Link>
              {!client.companionEnabled && (
                <>
                  <br />
                  <span className={styles.badge}>Companion off</span>
                </>
              )}
            </th>
            <td>
              {client.attention.length === 0 ? (
                <span className={ui.muted}>{client.reason}</span>
              ) : (
                <ul className={styles.attention}>
                  {client.attention.map((item, index) => (
                    <li key={`${item.kind}-${index}`}>
                      {item.urgent && <span className={styles.urgent}>Urgent</span>}{" "}
                      {item.kind === "safety-alert" ? <Link to="/therapist/alerts">{item.text}</Link> : item.text}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <time dateTime={client.lastActivityAt ?? undefined} title={formatDateTime(client.lastActivityAt)}>
                {formatRelative(client.lastActivityAt, now)}
              </time>
            </td>
            <td>{client.lastSessionAt === null ? <span className={ui.muted}>none recorded</span> : formatDateTime(client.lastSessionAt)}</td>
            <td>
              {levelShort[client.consent.level]}
              <br />
              <span className={ui.muted}>{client.consent.riskAlerts ? "risk alerts on" : "risk alerts off"}</span>
            </td>
            <td>{client.dependencyIndex}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
