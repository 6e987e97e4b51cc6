// Practices: real-life experiments the therapist sets; the companion follows up when due and the
// client reports done or not with a short debrief. Adherence for all; debriefs from `moments` up.
import { useId, useState, type SubmitEvent } from "react";
import { messageOf } from "../api/http.ts";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { useAssignPractice, useEndPractice, usePractices, type AssignPracticeBody, type CaseloadEntry, type Practice } from "./api.ts";
import { shortDate } from "./charts/chart-data.ts";
import { formatDateTime } from "./format.ts";
import styles from "./workspace.module.css";

export function PracticesTab(props: { client: CaseloadEntry }) {
  const practices = usePractices(props.client.id);
  return (
    <div className={styles.grid}>
      <section aria-labelledby="practices-title">
        <h2 id="practices-title">Practices</h2>
        {practices.isPending ? (
          <Loading />
        ) : practices.isError ? (
          <WorkspaceError error={practices.error} retry={() => void practices.refetch()} />
        ) : practices.data.practices.length === 0 ? (
          <p>No practices set yet.</p>
        ) : (
          <ul className={styles.cards} aria-label="Practices">
            {practices.data.practices.map((practice) => (
              <li key={practice.id} className={ui.card}>
                <PracticeCard practice={practice} clientId={props.client.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <AssignPracticeForm clientId={props.client.id} />
    </div>
  );
}

function cadenceText(cadence: Practice["cadence"]): string {
  const times = cadence.times === 1 ? "once" : cadence.times === 2 ? "twice" : `${cadence.times} times`;
  return `${times} a ${cadence.every}`;
}

function PracticeCard(props: { practice: Practice; clientId: string }) {
  const { practice } = props;
  const end = useEndPractice(props.clientId);
  return (
    <article>
      <h3>
        {practice.title} <span className={styles.badge}>{practice.status === "active" ? "Active" : "Ended"}</span>
      </h3>
      {practice.why !== null && <p>Why: {practice.why}</p>}
      <p>
        {cadenceText(practice.cadence)}, from {shortDate(practice.startsOn)}
        {practice.endsOn === null ? "" : ` to ${shortDate(practice.endsOn)}`}. Follow-up: “{practice.followUpQuestion}”
      </p>
      <p>
        <strong>Adherence:</strong> done {practice.adherence.done} of {practice.adherence.expected} expected; not done {practice.adherence.notDone}.
      </p>
      {practice.reports === null ? (
        <p className={ui.muted}>Debriefs are shared when the client shares moments or more.</p>
      ) : practice.reports.length === 0 ? (
        <p className={ui.muted}>No reports yet.</p>
      ) : (
        <details>
          <summary>Reports ({practice.reports.length})</summary>
          <ul>
            {practice.reports.map((report) => (
              <li key={report.id}>
                {formatDateTime(report.reportedAt)}: {report.done ? "done" : "not done"}
                {report.debrief !== null && <blockquote className={styles.quote}>{report.debrief}</blockquote>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {practice.status === "active" && (
        <button type="button" className={ui.secondary} disabled={end.isPending} onClick={() => end.mutate(practice.id)}>
          End “{practice.title}”
        </button>
      )}
      {end.isError && (
        <p className={ui.error} role="alert">
          {messageOf(end.error)}
        </p>
      )}
    </article>
  );
}

function AssignPracticeForm(props: { clientId: string }) {
  const id = useId();
  const assign = useAssignPractice(props.clientId);
  const [title, setTitle] = useState("");
  const [why, setWhy] = useState("");
  const [every, setEvery] = useState<"day" | "week">("week");
  const [times, setTimes] = useState(2);
  const [followUp, setFollowUp] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: AssignPracticeBody = {
      title: title.trim(),
      cadence: { every, times },
      followUpQuestion: followUp.trim(),
      ...(why.trim() === "" ? {} : { why: why.trim() }),
      ...(startsOn === "" ? {} : { startsOn }),
      ...(endsOn === "" ? {} : { endsOn }),
    };
    assign.mutate(body, {
      onSuccess: (practice) => {
        setSaved(practice.title);
        setTitle("");
        setWhy("");
        setFollowUp("");
        setStartsOn("");
        setEndsOn("");
      },
    });
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Set a practice</h2>
      <form className={ui.card} onSubmit={submit}>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${id}-title-input`}>
            Title
          </label>
          <input id={`${id}-title-input`} className={ui.input} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        </div>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${id}-why`}>
            Why (shown to the client)
          </label>
          <textarea id={`${id}-why`} className={`${ui.input} ${styles.textarea}`} value={why} onChange={(e) => setWhy(e.target.value)} maxLength={2000} />
        </div>
        <fieldset className={styles.fieldset}>
          <legend>How often</legend>
          <div className={styles.formGrid}>
            <div className={ui.field}>
              <label className={ui.label} htmlFor={`${id}-times`}>
                Times
              </label>
              <input
                id={`${id}-times`}
                className={ui.input}
                type="number"
                min={1}
                max={14}
                value={times}
                onChange={(e) => setTimes(Math.max(1, Math.min(14, Number(e.target.value) || 1)))}
                required
              />
            </div>
            <div className={ui.field}>
              <label className={ui.label} htmlFor={`${id}-every`}>
                Every
              </label>
              <select id={`${id}-every`} className={ui.input} value={every} onChange={(e) => setEvery(e.target.value === "day" ? "day" : "week")}>
                <option value="day">day</option>
                <option value="week">week</option>
              </select>
            </div>
          </div>
        </fieldset>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${id}-follow-up`}>
            Follow-up question the companion asks
          </label>
          <input id={`${id}-follow-up`} className={ui.input} value={followUp} onChange={(e) => setFollowUp(e.target.value)} required maxLength={500} />
        </div>
        <div className={styles.formGrid}>
          <div className={ui.field}>
            <label className={ui.label} htmlFor={`${id}-starts`}>
              Starts on (optional)
            </label>
            <input id={`${id}-starts`} className={ui.input} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
          </div>
          <div className={ui.field}>
            <label className={ui.label} htmlFor={`${id}-ends`}>
              Ends on (optional)
            </label>
            <input id={`${id}-ends`} className={ui.input} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </div>
        </div>
        {assign.isError && (
          <p className={ui.error} role="alert">
            {messageOf(assign.error)}
          </p>
        )}
        {saved !== null && !assign.isError && (
          <p className={styles.success} role="status">
            Practice “{saved}” set. The companion will follow up when it's due.
          </p>
        )}
        <button type="submit" className={ui.button} disabled={assign.isPending}>
          Set practice
        </button>
      </form>
    </section>
  );
}
