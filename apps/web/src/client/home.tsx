// Where the client lands: the starting points, then their recent conversations.
import { useNavigate } from "react-router";
import { Link } from "react-router";
import { messageOf } from "../api/http.ts";
import type { ConversationMode } from "../api/types.ts";
import { Loading, QueryError } from "../ui/status.tsx";
import ui from "../ui/ui.module.css";
import { modeCopy, useConversations, useStartConversation } from "./conversations.ts";
import styles from "./client.module.css";

const startingPoints: ConversationMode[] = ["talk", "rehearse", "regulate", "check-in", "debrief"];

export function ClientHome() {
  const navigate = useNavigate();
  const start = useStartConversation();
  const conversations = useConversations();

  function begin(mode: ConversationMode) {
    start.mutate(mode, { onSuccess: (started) => void navigate(`/app/c/${started.id}`) });
  }

  return (
    <section aria-labelledby="home-title" className={styles.page}>
      <h1 id="home-title">What would help right now?</h1>
      {start.isError && (
        <p className={ui.error} role="alert">
          {messageOf(start.error)}
        </p>
      )}
      <ul className={styles.startingPoints}>
        {startingPoints.map((mode) => (
          <li key={mode}>
            <button type="button" className={styles.startingPoint} onClick={() => begin(mode)} disabled={start.isPending}>
              <strong>{modeCopy[mode].title}</strong>
              <span>{modeCopy[mode].description}</span>
            </button>
          </li>
        ))}
      </ul>
      <h2>Your conversations</h2>
      {conversations.isPending ? (
        <Loading />
      ) : conversations.isError ? (
        <QueryError error={conversations.error} retry={() => void conversations.refetch()} />
      ) : conversations.data.conversations.length === 0 ? (
        <p className={ui.muted}>Nothing yet. Whatever you start will be kept here.</p>
      ) : (
        <ul className={styles.conversationList}>
          {conversations.data.conversations.map((conversation) => (
            <li key={conversation.id}>
              <Link to={`/app/c/${conversation.id}`} className={styles.conversationLink}>
                <strong>{conversation.title ?? modeCopy[conversation.mode].title}</strong>
                <span className={ui.muted}>
                  {new Date(conversation.lastMessageAt ?? conversation.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
                  {conversation.private ? " · private" : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
