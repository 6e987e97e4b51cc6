// Who read or changed what of the client's, and when (every therapist read is logged where it happens).
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/http.ts";
import type { AccessLog } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import styles from "./pages.module.css";

export function AccessLogPage() {
  const log = useQuery({ queryKey: ["me", "access-log"], queryFn: () => api<AccessLog>("/api/me/access-log") });
  return (
    <section className={styles.page} aria-labelledby="log-title">
      <h1 id="log-title">Who looked, and when</h1>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <QueryError error={log.error} retry={() => void log.refetch()} />
      ) : log.data.events.length === 0 ? (
        <p>Nobody has looked at anything of yours yet.</p>
      ) : (
        <table className={styles.table}>
          <caption className="visually-hidden">Access log, most recent first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {log.data.events.map((event) => (
              <tr key={event.id}>
                <td>{new Date(event.at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{event.actor === null ? "Between (automatic)" : `${event.actor.name} (${event.actor.role})`}</td>
                <td>
                  {event.action === "read" ? "Read" : "Changed"} {event.resource.replaceAll("-", " ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
