// The mirror (DESIGN.md principle 1): exactly what each therapist sees — the brief, the signals with
// their evidence, and conversations as far as consent reaches. Text a language model wrote is
// labelled as generated, beside the template it rests on.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/http.ts";
import type { TherapistView, TherapistViewEntry } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import styles from "./pages.module.css";

export function TherapistViewPage() {
  const view = useQuery({ queryKey: ["me", "therapist-view"], queryFn: () => api<TherapistView>("/api/me/therapist-view") });
  return (
    <section className={styles.page} aria-labelledby="view-title">
      <h1 id="view-title">What my therapist sees</h1>
      {view.isPending ? (
        <Loading />
      ) : view.isError ? (
        <QueryError error={view.error} retry={() => void view.refetch()} />
      ) : view.data.views.length === 0 ? (
        <p>No therapist can see anything: you're not connected with one.</p>
      ) : (
        view.data.views.map((entry) => <Mirror key={entry.careLinkId} entry={entry} />)
      )}
    </section>
  );
}

function Generated(props: { model: string | null }) {
  return <span className={styles.generated}>Written by an AI{props.model === null ? "" : ` (${props.model})`} — not checked by a person</span>;
}

function Mirror({ entry }: { entry: TherapistViewEntry }) {
  const { brief, signals, conversations } = entry;
  return (
    <article className={ui.card} aria-labelledby={`mirror-${entry.careLinkId}`}>
      <h2 id={`mirror-${entry.careLinkId}`}>{entry.therapist.name}</h2>
      <p className={styles.meta}>
        Consent: {entry.consent.level} · risk alerts {entry.consent.riskAlerts ? "on" : "off"} · covering {brief.window.fromDate} to {brief.window.toDate}
      </p>
      <h3>The brief before your next session</h3>
      <ul>
        {brief.headline.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div>
        {brief.narrative.generated && <Generated model={brief.narrative.model} />}
        <p className={styles.quote}>{brief.narrative.text}</p>
        {brief.narrative.generated && (
          <details>
            <summary>What it is based on</summary>
            <p className={styles.quote}>{brief.narrative.template}</p>
          </details>
        )}
      </div>
      {brief.brought !== null && brief.brought.length > 0 && (
        <>
          <h3>What you brought</h3>
          <ul className={styles.list}>
            {brief.brought.map((item) => (
              <li key={item.id} className={styles.quote}>
                {item.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Patterns they see ({signals.signals.length})</h3>
      {signals.signals.length === 0 ? (
        <p className={ui.muted}>Nothing stands out in this period.</p>
      ) : (
        <ul className={styles.list}>
          {signals.signals.map((signal) => (
            <li key={signal.id} className={styles.item}>
              <strong>{signal.statement}</strong>
              <p className={styles.meta}>{signal.why}</p>
              {signal.evidence.excerpts.length > 0 && (
                <details>
                  <summary>The messages it rests on ({signal.evidence.excerpts.length})</summary>
                  {signal.evidence.excerpts.map((excerpt) => (
                    <p key={excerpt.messageId} className={styles.quote}>
                      {excerpt.text}
                    </p>
                  ))}
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Conversations</h3>
      {conversations === null ? (
        <p className={ui.muted}>At your consent level they see no conversations, only patterns and counts.</p>
      ) : (
        <ul className={styles.list}>
          {conversations.conversations.map((conversation) => (
            <li key={conversation.id} className={styles.item}>
              <span className={styles.meta}>
                {new Date(conversation.createdAt).toLocaleDateString()} · {conversation.mode} · {conversation.messageCount} messages
              </span>
              {conversation.summaryDetail?.generated != null && (
                <>
                  <Generated model={conversation.summaryDetail.generated.model} />
                  <p className={styles.quote}>{conversation.summaryDetail.generated.text}</p>
                </>
              )}
              {conversation.summary !== null && <p className={styles.quote}>{conversation.summary}</p>}
              {conversation.messages !== null && (
                <details>
                  <summary>The full conversation, as they can read it</summary>
                  {conversation.messages.map((message) => (
                    <p key={message.id} className={styles.quote}>
                      <strong>{message.role === "client" ? "You" : "Companion"}:</strong> {message.text}
                    </p>
                  ))}
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
