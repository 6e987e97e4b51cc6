// Practices the therapist set: what, why, how often, and the client's reports (done or not, with a debrief).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { api, messageOf } from "../../api/http.ts";
import type { Practice, PracticeList } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import styles from "./pages.module.css";

const practicesKey = ["me", "practices"] as const;

export function PracticesPage() {
  const practices = useQuery({ queryKey: practicesKey, queryFn: () => api<PracticeList>("/api/me/practices") });
  return (
    <section className={styles.page} aria-labelledby="practices-title">
      <h1 id="practices-title">Practices</h1>
      {practices.isPending ? (
        <Loading />
      ) : practices.isError ? (
        <QueryError error={practices.error} retry={() => void practices.refetch()} />
      ) : practices.data.practices.length === 0 ? (
        <p className={ui.muted}>No practices yet. When your therapist suggests one, it appears here.</p>
      ) : (
        <ul className={styles.list}>
          {practices.data.practices.map((practice) => (
            <PracticeItem key={practice.id} practice={practice} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PracticeItem({ practice }: { practice: Practice }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<boolean | null>(null);
  const [debrief, setDebrief] = useState("");
  const base = useId();
  const report = useMutation({
    mutationFn: (body: { done: boolean; debrief?: string }) =>
      api(`/api/me/practices/${encodeURIComponent(practice.id)}/reports`, { method: "POST", body }),
    onSuccess: async () => {
      setDone(null);
      setDebrief("");
      await queryClient.invalidateQueries({ queryKey: practicesKey });
    },
  });
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (done === null) return;
    report.mutate({ done, ...(debrief.trim() === "" ? {} : { debrief: debrief.trim() }) });
  }
  return (
    <li className={styles.item}>
      <h2>{practice.title}</h2>
      {practice.why !== null && <p>{practice.why}</p>}
      <p className={styles.meta}>
        {practice.cadence.times} time{practice.cadence.times === 1 ? "" : "s"} a {practice.cadence.every} · done {practice.adherence.done} of{" "}
        {practice.adherence.expected} so far{practice.status === "ended" ? " · ended" : ""}
      </p>
      {practice.status === "active" && (
        <form onSubmit={submit} className={ui.stack}>
          <fieldset className={styles.item}>
            <legend className={ui.label}>Did you do it?</legend>
            <label className={ui.row}>
              <input type="radio" name={`${base}-done`} checked={done === true} onChange={() => setDone(true)} /> Yes, I did it
            </label>
            <label className={ui.row}>
              <input type="radio" name={`${base}-done`} checked={done === false} onChange={() => setDone(false)} /> Not this time
            </label>
          </fieldset>
          <div className={ui.field}>
            <label className={ui.label} htmlFor={`${base}-debrief`}>
              {practice.followUpQuestion}
            </label>
            <textarea id={`${base}-debrief`} className={ui.input} rows={3} value={debrief} onChange={(event) => setDebrief(event.target.value)} maxLength={4000} />
          </div>
          <button type="submit" className={ui.button} disabled={done === null || report.isPending}>
            Save how it went
          </button>
          {report.isError && (
            <p className={ui.error} role="alert">
              {messageOf(report.error)}
            </p>
          )}
          {report.isSuccess && (
            <p className={ui.notice} role="status">
              Saved.
            </p>
          )}
        </form>
      )}
      {practice.reports !== null && practice.reports.length > 0 && (
        <details>
          <summary>Your reports ({practice.reports.length})</summary>
          <ul>
            {practice.reports.map((item) => (
              <li key={item.id}>
                {new Date(item.reportedAt).toLocaleDateString()}: {item.done ? "done" : "not done"}
                {item.debrief === null ? "" : ` — ${item.debrief}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
