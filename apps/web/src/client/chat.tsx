// One conversation: the history, the reply streaming in (useChat over the server's UI message
// stream), the structured controls and the crisis protocol beside replies, and the box to write in.
// The draft lives in localStorage until it is sent; a send the server refused (offline, 409 while a
// reply is still streaming, 423 paused) goes back into the box to be sent again without retyping.
import { useChat } from "@ai-sdk/react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type SubmitEvent } from "react";
import { Link, useParams } from "react-router";
import { api, ApiError, messageOf } from "../api/http.ts";
import type { PracticeList } from "../api/types.ts";
import { CrisisLinesList } from "../ui/crisis-lines.tsx";
import { Loading, QueryError } from "../ui/status.tsx";
import { useOnline } from "../ui/use-online.ts";
import ui from "../ui/ui.module.css";
import { conversationTransport, textOf, toChatMessage, type ChatMessage } from "./chat-transport.ts";
import { modeCopy, messagesKey, useConversations, useMessages, useUpdateConversation } from "./conversations.ts";
import { CrisisCard } from "./crisis-card.tsx";
import { useBringToSession, useMoments } from "./moments.ts";
import { StructuredControls } from "./structured.tsx";
import { useDraft } from "./use-draft.ts";
import styles from "./chat.module.css";

export function ChatPage() {
  const { id = "" } = useParams();
  const history = useMessages(id);
  if (history.isPending) return <Loading label="Opening the conversation…" />;
  if (history.isError) return <QueryError error={history.error} retry={() => void history.refetch()} />;
  // A refetch (after a dropped stream, "Show the saved reply") starts the chat afresh from the server's history.
  return <Chat key={`${id}:${history.dataUpdatedAt}`} conversationId={id} initial={history.data.messages.map(toChatMessage)} />;
}

function Chat(props: { conversationId: string; initial: ChatMessage[] }) {
  const queryClient = useQueryClient();
  const transport = useMemo(() => conversationTransport(props.conversationId), [props.conversationId]);
  const [draft, setDraft, clearDraft] = useDraft(props.conversationId);
  const [sendError, setSendError] = useState<ApiError | null>(null);
  const [crisisPinned, setCrisisPinned] = useState(false);
  const online = useOnline();
  const inputId = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const chat = useChat<ChatMessage>({
    id: props.conversationId,
    messages: props.initial,
    transport,
    // Until the server's id arrives (with the reply), a message of the client's is "local-…".
    generateId: () => `local-${crypto.randomUUID()}`,
    onData: (part) => {
      if (part.type === "data-crisis" && part.data.pinCrisisLines) setCrisisPinned(true);
    },
    onFinish: ({ message }) => {
      // The server's id for the client's message arrives with the reply: use it, so the message
      // can be brought to session.
      const stored = message.metadata?.clientMessageId;
      if (stored !== undefined) {
        chat.setMessages((messages) => {
          const at = messages.findIndex((m) => m.id === message.id);
          const before = at > 0 ? messages[at - 1] : undefined;
          if (before?.role !== "user") return messages;
          return messages.map((m, index) => (index === at - 1 ? { ...m, id: stored } : m));
        });
      }
      void queryClient.invalidateQueries({ queryKey: ["conversations"], exact: true });
    },
    onError: (error) => {
      // Refused before the server took it: the message goes back into the box.
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
  const conversation = useConversations().data?.conversations.find((c) => c.id === props.conversationId);
  const mode = conversation?.mode ?? "talk";
  const needsPracticeTitles = chat.messages.some((m) => m.parts.some((p) => p.type === "data-structured" && p.data.kind === "follow-up-choice"));
  const practices = useQuery({
    queryKey: ["me", "practices"],
    queryFn: () => api<PracticeList>("/api/me/practices"),
    enabled: needsPracticeTitles,
  });
  const practiceTitles = useMemo(() => new Map((practices.data?.practices ?? []).map((p) => [p.id, p.title])), [practices.data]);

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

  function reload() {
    void queryClient.invalidateQueries({ queryKey: messagesKey(props.conversationId) });
  }

  const lastId = chat.messages.at(-1)?.id;
  return (
    <section className={styles.chat} aria-labelledby="chat-title">
      <ChatHeader conversationId={props.conversationId} title={conversation?.title ?? modeCopy[mode].title} isPrivate={conversation?.private ?? false} />
      {mode === "rehearse" && (
        <p className={styles.modeHint}>
          Set it up, then I play the other person — say “pause” or tap Pause any time to step out. Afterwards we look back, and you
          can decide what you'll actually do.
        </p>
      )}
      {crisisPinned && (
        <aside className={styles.pinned} aria-label="Crisis lines, kept on screen">
          <CrisisLinesList headingLevel={3} />
          <button type="button" className={ui.secondary} onClick={() => setCrisisPinned(false)}>
            Hide crisis lines
          </button>
        </aside>
      )}
      <ol className={styles.messages} aria-busy={busy}>
        {chat.messages.map((message) => (
          <MessageView
            key={message.id}
            message={message}
            conversationId={props.conversationId}
            streaming={chat.status === "streaming" && message.id === lastId && message.role === "assistant"}
            active={!busy && message.id === lastId}
            send={send}
            practiceTitles={practiceTitles}
            onKeepTalking={() => inputRef.current?.focus()}
          />
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
          <p>
            <strong>{sendError.title}.</strong> {sendError.message}
          </p>
          <button type="button" className={ui.secondary} onClick={() => send(draft)} disabled={busy || draft.trim() === ""}>
            Try sending again
          </button>
        </div>
      )}
      {chat.error !== undefined && !(chat.error instanceof ApiError) && (
        <div className={ui.error} role="alert">
          <p>The connection dropped while the reply was coming in. {messageOf(chat.error)} Your message is saved, and so is the reply.</p>
          <button type="button" className={ui.secondary} onClick={reload}>
            Show the saved reply
          </button>
        </div>
      )}
      <form className={styles.composer} onSubmit={submit}>
        <label htmlFor={inputId} className="visually-hidden">
          Your message
        </label>
        <textarea
          id={inputId}
          ref={inputRef}
          className={styles.input}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          maxLength={8000}
          placeholder={online ? "Write here…" : "You're offline. Write here; it's kept until you can send."}
        />
        <button type="submit" className={ui.button} disabled={busy || draft.trim() === "" || !online}>
          Send
        </button>
      </form>
    </section>
  );
}

function ChatHeader(props: { conversationId: string; title: string; isPrivate: boolean }) {
  const update = useUpdateConversation(props.conversationId);
  const switchId = useId();
  const hintId = useId();
  const isPrivate = update.isPending ? (update.variables.private ?? props.isPrivate) : props.isPrivate;
  return (
    <header className={styles.header}>
      <Link to="/app" className={styles.back}>
        <span aria-hidden="true">←</span> All conversations
      </Link>
      <h1 id="chat-title" className={styles.title}>
        {props.title}
      </h1>
      <div className={styles.privateSwitch}>
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={isPrivate}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ private: event.target.checked })}
          aria-describedby={hintId}
        />
        <label htmlFor={switchId}>Private</label>
        <span id={hintId} className={ui.hint}>
          {isPrivate ? "Your therapist sees nothing of this conversation." : "Shared with your therapist as your consent allows."}
        </span>
      </div>
      {update.isError && (
        <p className={ui.error} role="alert">
          {messageOf(update.error)}
        </p>
      )}
    </header>
  );
}

function MessageView(props: {
  message: ChatMessage;
  conversationId: string;
  streaming: boolean;
  active: boolean;
  send: (text: string) => void;
  practiceTitles: ReadonlyMap<string, string>;
  onKeepTalking: () => void;
}) {
  const { message } = props;
  const fromClient = message.role === "user";
  const guardAt = message.parts.findIndex((part) => part.type === "data-guard");
  const crisis = message.parts.find((part) => part.type === "data-crisis");
  return (
    <li className={fromClient ? styles.fromClient : styles.fromCompanion} data-role={fromClient ? "client" : "companion"} data-streaming={props.streaming || undefined}>
      <span className="visually-hidden">{fromClient ? "You said:" : "The companion said:"}</span>
      {crisis !== undefined ? (
        <CrisisCard data={crisis.data} onKeepTalking={props.onKeepTalking} />
      ) : (
        message.parts.map((part, index) => {
          switch (part.type) {
            case "text":
              // A reply the output guard stopped: its first words are withdrawn, the safe text follows.
              return guardAt >= 0 && index < guardAt ? null : (
                <p key={index} className={styles.text}>
                  {part.text}
                </p>
              );
            case "data-structured":
              return <StructuredControls key={index} data={part.data} active={props.active} send={props.send} practiceTitles={props.practiceTitles} />;
            case "data-guard":
              return (
                <p key={index} className={styles.guardNote}>
                  The companion started a reply it shouldn't give, so it was replaced.
                </p>
              );
            default:
              return null;
          }
        })
      )}
      {!props.streaming && <BringToSession messageId={message.id} fromClient={fromClient} />}
    </li>
  );
}

function BringToSession(props: { messageId: string; fromClient: boolean }) {
  const moments = useMoments();
  const bring = useBringToSession();
  const brought = moments.data?.moments.some((moment) => moment.messageId === props.messageId) ?? false;
  // A message still carrying the browser's own id has no stored twin yet.
  const stored = !props.messageId.startsWith("local-") && moments.isSuccess;
  if (brought || bring.isSuccess) {
    return <p className={props.fromClient ? styles.broughtOnBubble : styles.brought}>Brought to session ✓</p>;
  }
  return (
    <div className={styles.messageActions}>
      <button
        type="button"
        className={props.fromClient ? styles.actionOnBubble : styles.action}
        onClick={() => bring.mutate({ messageId: props.messageId })}
        disabled={!stored || bring.isPending}
      >
        Bring to session
      </button>
      {bring.isError && (
        <span role="alert" className={styles.actionError}>
          {messageOf(bring.error)}
        </span>
      )}
    </div>
  );
}
