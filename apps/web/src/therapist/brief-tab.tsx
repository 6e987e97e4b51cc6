// The session brief: the time since the last recorded session, printable (print CSS hides the
// workspace around it) and as a PDF from the server. A model's narrative is marked as generated and
// always shown beside the template's, which rests on the evidence below.
import ui from "../ui/ui.module.css";
import { briefPdfUrl, useBrief, type CaseloadEntry, type SessionBrief } from "./api.ts";
import { percent, shortDate } from "./charts/chart-data.ts";
import { directionLabels, formatDateTime, levelTitles, modeLabels } from "./format.ts";
import { SignalList } from "./signal-list.tsx";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import styles from "./workspace.module.css";

export function BriefTab(props: { client: CaseloadEntry }) {
  const brief = useBrief(props.client.id);
  if (brief.isPending) return <Loading label="Preparing the brief…" />;
  if (brief.isError) return <WorkspaceError error={brief.error} retry={() => void brief.refetch()} />;
  return <Brief brief={brief.data} client={props.client} />;
}

function Brief(props: { brief: SessionBrief; client: CaseloadEntry }) {
  const { brief } = props;
  return (
    <article aria-labelledby="brief-title">
      <div className={styles.pageHeader}>
        <h2 id="brief-title">
          Session brief: {shortDate(brief.window.fromDate)} – {shortDate(brief.window.toDate)}
        </h2>
        <div className={`${ui.row} ${styles.noPrint}`}>
          <button type="button" className={ui.secondary} onClick={() => window.print()}>
            Print the brief
          </button>
          <a className={ui.secondary} href={briefPdfUrl(brief.clientId)} download>
            Download as PDF
          </a>
        </div>
      </div>
      <p className={styles.printOnly}>
        {props.client.name} · printed {formatDateTime(new Date().toISOString())}
      </p>
      <p className={ui.muted}>
        {brief.basis === "since-last-session"
          ? `Since the last session (${formatDateTime(brief.lastSessionAt)}).`
          : brief.basis === "last-28-days"
            ? "The last 28 days (no session recorded yet)."
            : "The requested window."}{" "}
        Based on what the client shares: {levelTitles[brief.level]}.
      </p>

      <section className={styles.section} aria-labelledby="headline-title">
        <h3 id="headline-title">Headline</h3>
        <ul>
          {brief.headline.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <Narrative narrative={brief.narrative} />
      </section>

      <section className={styles.section} aria-labelledby="activity-title">
        <h3 id="activity-title">Activity</h3>
        <div className={styles.stats}>
          <Stat label="Messages" value={String(brief.activity.messages)} />
          <Stat label="Active days" value={`${brief.activity.activeDays} of ${brief.activity.days}`} />
          <Stat label="Conversations" value={String(brief.activity.conversations)} />
          <Stat
            label="Messages a day"
            value={`${brief.activity.perDay}${brief.activity.previousPerDay === null ? "" : ` (was ${brief.activity.previousPerDay})`}`}
          />
          <Stat label="At night (00:00–05:00)" value={percent(brief.activity.nightShare)} />
        </div>
        {Object.keys(brief.activity.byMode).length > 0 && (
          <p>
            By kind:{" "}
            {Object.entries(brief.activity.byMode)
              .map(([mode, count]) => `${modeLabels[mode] ?? mode} ${count}`)
              .join(", ")}
            .
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="themes-title">
        <h3 id="themes-title">Themes</h3>
        {brief.themes.length === 0 ? (
          <p>No themes in this window.</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Messages</th>
                <th scope="col">Share (before)</th>
                <th scope="col">Trend</th>
                <th scope="col">The client's words</th>
              </tr>
            </thead>
            <tbody>
              {brief.themes.map((theme) => (
                <tr key={theme.theme}>
                  <th scope="row">{theme.label}</th>
                  <td>{theme.messages}</td>
                  <td>
                    {percent(theme.share)}
                    {theme.previousShare === null ? "" : ` (${percent(theme.previousShare)})`}
                  </td>
                  <td>{directionLabels[theme.direction] ?? theme.direction}</td>
                  <td>{theme.words.length === 0 ? <span className={ui.muted}>not shared</span> : theme.words.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="brought-title">
        <h3 id="brought-title">Brought to session</h3>
        {brief.brought === null ? (
          <p className={ui.muted}>The client shares signals only: what they bring to session is not shown.</p>
        ) : brief.brought.length === 0 ? (
          <p>Nothing marked to bring to session in this window.</p>
        ) : (
          <ul className={styles.cards}>
            {brief.brought.map((item) => (
              <li key={item.id}>
                <span className={styles.speaker}>
                  {item.kind === "note" ? "A note" : "A message"} · {shortDate(item.date)}
                </span>
                <blockquote className={styles.quote}>{item.text}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="intentions-title">
        <h3 id="intentions-title">Intentions</h3>
        <p>
          Kept {brief.intentions.kept}, dropped {brief.intentions.dropped}, postponed {brief.intentions.postponed}, pending {brief.intentions.pending}, overdue{" "}
          {brief.intentions.overdue}.
        </p>
        {brief.intentions.items.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">With</th>
                <th scope="col">Set</th>
                <th scope="col">Due</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {brief.intentions.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.withLabel ?? "someone"}</th>
                  <td>{shortDate(item.createdDate)}</td>
                  <td>{item.dueDate === null ? "–" : shortDate(item.dueDate)}</td>
                  <td>
                    {item.status}
                    {item.outcomeDate === null ? "" : ` (${shortDate(item.outcomeDate)})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="brief-practices-title">
        <h3 id="brief-practices-title">Practices</h3>
        {brief.practices.length === 0 ? (
          <p>No practices set.</p>
        ) : (
          <ul>
            {brief.practices.map((practice) => (
              <li key={practice.id}>
                <strong>{practice.title}</strong> ({practice.status}): done {practice.inWindow.done}, not done {practice.inWindow.notDone} in this window;{" "}
                {practice.adherence.done} of {practice.adherence.expected} expected overall.
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="brief-questionnaires-title">
        <h3 id="brief-questionnaires-title">Questionnaires</h3>
        {brief.questionnaires.every((q) => q.latest === null) ? (
          <p>No questionnaire scores in this window.</p>
        ) : (
          <ul>
            {brief.questionnaires.map((q) =>
              q.latest === null ? null : (
                <li key={q.instrument}>
                  <strong>{q.label}</strong>: {q.latest.score} ({q.latest.band}) on {shortDate(q.latest.date)}
                  {q.change !== null &&
                    `; ${q.change.change > 0 ? "+" : ""}${q.change.change} since ${q.change.against === "first" ? "the first score" : "the previous score"} (${q.change.reliable})`}
                </li>
              ),
            )}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="brief-signals-title">
        <h3 id="brief-signals-title">Signals</h3>
        <SignalList signals={brief.signals} level={brief.level} />
      </section>

      <section className={styles.section} aria-labelledby="questions-title">
        <h3 id="questions-title">Questions worth asking</h3>
        {brief.questions.length === 0 ? (
          <p>None this time.</p>
        ) : (
          <ul>
            {brief.questions.map((question, index) => (
              <li key={index}>{question}</li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function Narrative(props: { narrative: SessionBrief["narrative"] }) {
  const { narrative } = props;
  if (!narrative.generated) return <p>{narrative.text}</p>;
  return (
    <>
      <div className={ui.card}>
        <p>
          <span className={styles.generated}>Generated by a language model{narrative.model === null ? "" : ` (${narrative.model})`}</span>
        </p>
        <p>{narrative.text}</p>
        <p className={ui.muted}>Generated text can be wrong: check it against the evidence below.</p>
      </div>
      <p>
        <span className={styles.badge}>From the analysers</span> {narrative.template}
      </p>
    </>
  );
}

function Stat(props: { label: string; value: string }) {
  return (
    <div className={styles.stat}>
      <span className={styles.statValue}>{props.value}</span>
      <span className={ui.muted}>{props.label}</span>
    </div>
  );
}
