// One conversation: the history, the reply streaming in, and the box to write in.
import { useChat } from "@ai-sdk/react";
import { useEffect, useId, useMemo, useRef, useState, type SubmitEvent, type KeyboardEvent } from "react";
import { useParams } from "react-router";
import { ApiError, messageOf } from "../api/http.ts";
import { Loading, QueryError } from "../ui/status.tsx";
import ui from "../ui/ui.module.css";
import { conversationTransport, textOf, toChatMessage, type ChatMessage } from "./chat-transport.ts";
import { useMessages } from "./conversations.ts";
import { useDraft } from "./use-draft.ts";
import styles from "./chat.module.css";

export function ChatPage() {
  const { id = "" } = useParams();
  const history = useMessages(id);
  if (history.isPending) return <Loading label="Opening the conversation…" />;
  if (history.isError) return <QueryError error={history.error} retry={() => void history.refetch()} />;
  return <Chat key={id} conversationId={id} initial={history.data.messages.map(toChatMessage)} />;
}

function Chat(props: { conversationId: string; initial: ChatMessage[] }) {
  const transport = useMemo(() => conversationTransport(props.conversationId), [props.conversationId]);
  const [draft, setDraft, clearDraft] = useDraft(props.conversationId);
  const [sendError, setSendError] = useState<ApiError | null>(null);
  const inputId = useId();
  const endRef = useRef<HTMLDivElement>(null);
  const chat = useChat<ChatMessage>({
    id: props.conversationId,
    messages: props.initial,
    transport,
    onError: (error) => {
      // Refused before the server took it (offline, 409, 423…): the message goes back into the box,
      // so "try again" needs no retyping.
      if (error instanceof ApiError) {
        setSendError(error);
        let unsent: string | null = null;
        chat.setMessages((messages) => {
          const last = messages.at(-1);
          if (last?.role !== "user") return messages;
          unsent = textOf(last);
          return messages.slice(0, -1);
        });
        if (unsent !== null) setDraft(unsent);
      }
    },
  });
  const busy = chat.status === "submitted" || chat.status === "streaming";

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end" });
  }, [chat.messages]);

  function send(text: string) {
    const trimmed = text.trim();
    if (trimmed === "" || busy) return;
    setSendError(null);
    clearDraft();
    void chat.sendMessage({ text: trimmed });
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    send(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send(draft);
    }
  }

  return (
    <section className={styles.chat} aria-label="Conversation">
      <ol className={styles.messages} aria-live="polite" aria-relevant="additions text">
        {chat.messages.map((message) => (
          <li key={message.id} className={message.role === "user" ? styles.fromClient : styles.fromCompanion}>
            <span className="visually-hidden">{message.role === "user" ? "You said:" : "Companion said:"}</span>
            {message.parts.map((part, index) =>
              part.type === "text" ? (
                <p key={index} className={styles.text}>
                  {part.text}
                </p>
              ) : null,
            )}
          </li>
        ))}
        {chat.status === "submitted" && (
          <li className={styles.typing} role="status">
            The companion is writing…
          </li>
        )}
      </ol>
      <div ref={endRef} />
      {sendError !== null && (
        <div className={ui.error} role="alert">
          <p>{sendError.message}</p>
          <button type="button" className={ui.secondary} onClick={() => send(draft)} disabled={busy}>
            Try sending again
          </button>
        </div>
      )}
      {chat.error !== undefined && !(chat.error instanceof ApiError) && (
        <p className={ui.error} role="alert">
          {messageOf(chat.error)} The reply was interrupted; what was said is saved.
        </p>
      )}
      <form className={styles.composer} onSubmit={submit}>
        <label htmlFor={inputId} className="visually-hidden">
          Your message
        </label>
        <textarea
          id={inputId}
          className={styles.input}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          maxLength={8000}
          placeholder="Write here…"
        />
        <button type="submit" className={ui.button} disabled={busy || draft.trim() === ""}>
          Send
        </button>
      </form>
    </section>
  );
}
