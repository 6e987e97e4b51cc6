// What the companion remembers: read it, correct it, make it forget one thing or everything.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { api, messageOf } from "../../api/http.ts";
import type { MemoryItem, MemoryList } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import styles from "./pages.module.css";

const memoryKey = ["me", "memory"] as const;
const kindTitle = { person: "People", thread: "Things going on", preference: "What helps you" } as const;

export function MemoryPage() {
  const queryClient = useQueryClient();
  const memory = useQuery({ queryKey: memoryKey, queryFn: () => api<MemoryList>("/api/me/memory") });
  const forgetAll = useMutation({
    mutationFn: () => api("/api/me/memory", { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memoryKey }),
  });
  const [confirm, setConfirm] = useState(false);
  return (
    <section className={styles.page} aria-labelledby="memory-title">
      <h1 id="memory-title">What the companion remembers</h1>
      <p>The companion keeps a few things so you don't have to repeat yourself. Correct anything that's wrong, or delete it.</p>
      {memory.isPending ? (
        <Loading />
      ) : memory.isError ? (
        <QueryError error={memory.error} retry={() => void memory.refetch()} />
      ) : memory.data.items.length === 0 ? (
        <p className={ui.muted}>Nothing yet.</p>
      ) : (
        (["person", "thread", "preference"] as const).map((kind) => {
          const items = memory.data.items.filter((item) => item.kind === kind);
          if (items.length === 0) return null;
          return (
            <div key={kind}>
              <h2>{kindTitle[kind]}</h2>
              <ul className={styles.list}>
                {items.map((item) => (
                  <MemoryRow key={item.id} item={item} />
                ))}
              </ul>
            </div>
          );
        })
      )}
      {memory.isSuccess && memory.data.items.length > 0 && (
        <div className={styles.dangerZone}>
          {confirm ? (
            <div className={ui.row}>
              <button type="button" className={ui.danger} onClick={() => forgetAll.mutate()} disabled={forgetAll.isPending}>
                Yes, forget everything
              </button>
              <button type="button" className={ui.secondary} onClick={() => setConfirm(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className={ui.secondary} onClick={() => setConfirm(true)}>
              Forget everything
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function MemoryRow({ item }: { item: MemoryItem }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const inputId = useId();
  const update = useMutation({
    mutationFn: (body: { text: string }) => api<MemoryItem>(`/api/me/memory/${encodeURIComponent(item.id)}`, { method: "PATCH", body }),
    onSuccess: async () => {
      setEditing(false);
      await queryClient.invalidateQueries({ queryKey: memoryKey });
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/api/me/memory/${encodeURIComponent(item.id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memoryKey }),
  });
  function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ text: text.trim() });
  }
  return (
    <li className={styles.item}>
      {editing ? (
        <form onSubmit={save} className={ui.stack}>
          <label className={ui.label} htmlFor={inputId}>
            Correct it
          </label>
          <input id={inputId} className={ui.input} value={text} onChange={(event) => setText(event.target.value)} maxLength={300} />
          <div className={ui.row}>
            <button type="submit" className={ui.button} disabled={text.trim() === "" || update.isPending}>
              Save
            </button>
            <button type="button" className={ui.secondary} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>{item.text}</p>
          <p className={styles.meta}>
            Last mentioned {new Date(item.lastMentionedAt).toLocaleDateString()}
            {item.editedByClient ? " · corrected by you" : ""}
          </p>
          <div className={ui.row}>
            <button type="button" className={ui.secondary} onClick={() => setEditing(true)} aria-label={`Correct “${item.text}”`}>
              Correct
            </button>
            <button type="button" className={ui.secondary} onClick={() => remove.mutate()} disabled={remove.isPending} aria-label={`Forget “${item.text}”`}>
              Forget
            </button>
          </div>
        </>
      )}
      {(update.isError || remove.isError) && (
        <p className={ui.error} role="alert">
          {messageOf(update.error ?? remove.error)}
        </p>
      )}
    </li>
  );
}
