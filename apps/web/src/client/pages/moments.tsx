// What the client chose to bring to their next session: marked messages and notes.
import { useId, useState, type SubmitEvent } from "react";
import { messageOf } from "../../api/http.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import { useBringToSession, useMoments, useTakeBack } from "../moments.ts";
import styles from "./pages.module.css";

export function MomentsPage() {
  const moments = useMoments();
  const bring = useBringToSession();
  const takeBack = useTakeBack();
  const [note, setNote] = useState("");
  const noteId = useId();
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    bring.mutate({ note: note.trim() }, { onSuccess: () => setNote("") });
  }
  return (
    <section className={styles.page} aria-labelledby="moments-title">
      <h1 id="moments-title">Brought to session</h1>
      <p>Tap “Bring to session” on any message, or write a note here. Your therapist sees these if your consent includes them.</p>
      <form onSubmit={submit} className={ui.card}>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={noteId}>
            A note for your next session
          </label>
          <textarea id={noteId} className={ui.input} value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={4000} />
        </div>
        <button type="submit" className={ui.button} disabled={note.trim() === "" || bring.isPending}>
          Add note
        </button>
        {bring.isError && (
          <p className={ui.error} role="alert">
            {messageOf(bring.error)}
          </p>
        )}
      </form>
      {moments.isPending ? (
        <Loading />
      ) : moments.isError ? (
        <QueryError error={moments.error} retry={() => void moments.refetch()} />
      ) : moments.data.moments.length === 0 ? (
        <p className={ui.muted}>Nothing yet.</p>
      ) : (
        <ul className={styles.list}>
          {moments.data.moments.map((moment) => (
            <li key={moment.id} className={styles.item}>
              <p className={styles.quote}>{moment.text}</p>
              <p className={styles.meta}>
                {moment.kind === "note" ? "Note" : "Message"} · {new Date(moment.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <button type="button" className={ui.secondary} onClick={() => takeBack.mutate(moment.id)} disabled={takeBack.isPending}>
                Take back
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
