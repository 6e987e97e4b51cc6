// Signals as hypotheses with evidence: the statement, its strength and trend, what it rests on
// (counts, days, quoted messages where consent allows) and "why am I seeing this".
import ui from "../ui/ui.module.css";
import type { AnchorSignal } from "./api.ts";
import { shortDate } from "./charts/chart-data.ts";
import { directionLabels, formatDateTime, type Level } from "./format.ts";
import styles from "./workspace.module.css";

const kindLabels: Record<AnchorSignal["kind"], string> = {
  theme: "Theme",
  person: "Person",
  emotion: "Emotion words",
  rhythm: "Rhythm",
  "night-use": "Night use",
  loop: "Loop",
  reassurance: "Reassurance seeking",
  dependency: "Dependency",
  "rehearsal-enactment": "Rehearsal → conversation",
  "rehearsal-avoidance": "Rehearsal without the conversation",
  "regulation-effect": "Regulation",
  questionnaire: "Questionnaire",
  "questionnaire-item-9": "PHQ-9 item 9",
  practice: "Practice",
  "safety-events": "Safety events",
};

export function SignalList(props: { signals: AnchorSignal[]; level: Level }) {
  if (props.signals.length === 0) return <p>No signals in this window.</p>;
  return (
    <ul className={styles.cards} aria-label="Signals">
      {props.signals.map((signal) => (
        <li key={signal.id} className={ui.card}>
          <SignalCard signal={signal} level={props.level} />
        </li>
      ))}
    </ul>
  );
}

function SignalCard(props: { signal: AnchorSignal; level: Level }) {
  const { signal } = props;
  const counts = Object.entries(signal.evidence.counts);
  const trend = signal.trend;
  return (
    <article>
      <p className={ui.row}>
        <span className={signal.category === "attention" ? styles.urgent : styles.badge}>{kindLabels[signal.kind]}</span>
        <span className={styles.badge}>Strength: {signal.strength.level}</span>
        <span className={styles.badge}>
          Trend: {directionLabels[trend.direction] ?? trend.direction}
          {trend.previous === null ? "" : ` (${trend.previous} → ${trend.current} ${trend.measure})`}
        </span>
      </p>
      <p>
        <strong>{signal.statement}</strong>
      </p>
      <p className={ui.muted}>
        Window: {shortDate(signal.window.fromDate)} – {shortDate(signal.window.toDate)} ({signal.window.days} days)
      </p>
      <details>
        <summary>Evidence</summary>
        {counts.length > 0 && (
          <ul>
            {counts.map(([name, count]) => (
              <li key={name}>
                {name}: {count}
              </li>
            ))}
          </ul>
        )}
        <p>
          {signal.evidence.messageIds.length} {signal.evidence.messageIds.length === 1 ? "message" : "messages"}
          {signal.evidence.days.length > 0 && ` on ${signal.evidence.days.map(shortDate).join(", ")}`}
          {signal.evidence.conversationIds.length > 0 && ` in ${signal.evidence.conversationIds.length} ${signal.evidence.conversationIds.length === 1 ? "conversation" : "conversations"}`}
          {signal.evidence.recordIds.length > 0 && `; ${signal.evidence.recordIds.length} ${signal.evidence.recordIds.length === 1 ? "record" : "records"}`}.
        </p>
        {signal.evidence.excerpts.length > 0 ? (
          <ul className={styles.cards} aria-label="Quoted messages">
            {signal.evidence.excerpts.map((excerpt) => (
              <li key={excerpt.messageId}>
                <span className={styles.speaker}>
                  {formatDateTime(excerpt.at)}
                  {excerpt.broughtToSession && " · brought to session"}
                </span>
                <blockquote className={styles.quote}>{excerpt.text}</blockquote>
              </li>
            ))}
          </ul>
        ) : (
          signal.evidence.messageIds.length > 0 && <p className={ui.muted}>{quotesNote(props.level)}</p>
        )}
      </details>
      <details>
        <summary>Why am I seeing this?</summary>
        <p>{signal.why}</p>
      </details>
    </article>
  );
}

function quotesNote(level: Level): string {
  switch (level) {
    case "signals":
      return "No quotes: the client shares trends and counts only.";
    case "moments":
    case "summaries":
      return "Quotes appear only for messages the client brought to session.";
    case "transcripts":
      return "No quoted messages for this signal.";
  }
}
