// The client's data and account: download everything (JSON), sign out, delete the account.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useNavigate } from "react-router";
import { messageOf, request } from "../../api/http.ts";
import { signOut } from "../../api/session.ts";
import ui from "../../ui/ui.module.css";
import { clearAllDrafts } from "../use-draft.ts";
import styles from "./pages.module.css";

/** Downloads the export as a file, without putting the data in a URL anyone else could open. */
async function downloadExport(): Promise<void> {
  const response = await request("/api/me/export");
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "between-export.json";
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MyDataPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const exporting = useMutation({ mutationFn: downloadExport });
  const leaving = useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      clearAllDrafts();
      queryClient.clear();
      await navigate("/sign-in", { replace: true });
    },
  });
  const erase = useMutation({
    mutationFn: () => request("/api/me", { method: "DELETE" }),
    onSuccess: async () => {
      clearAllDrafts();
      queryClient.clear();
      await navigate("/sign-in?deleted=1", { replace: true });
    },
  });
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const confirmId = useId();
  function submitErase(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.trim().toLowerCase() === "delete") erase.mutate();
  }
  return (
    <section className={styles.page} aria-labelledby="data-title">
      <h1 id="data-title">My data and account</h1>
      <div className={ui.card}>
        <h2>Download everything</h2>
        <p>One file (JSON) with everything Between holds about you: conversations, check-ins, memory, moments, your safety plan, consent and access history.</p>
        <button type="button" className={ui.button} onClick={() => exporting.mutate()} disabled={exporting.isPending}>
          {exporting.isPending ? "Preparing…" : "Download my data"}
        </button>
        {exporting.isError && (
          <p className={ui.error} role="alert">
            {messageOf(exporting.error)}
          </p>
        )}
      </div>
      <div className={ui.card}>
        <h2>Sign out</h2>
        <p>Drafts on this device are cleared too.</p>
        <button type="button" className={ui.secondary} onClick={() => leaving.mutate()} disabled={leaving.isPending}>
          Sign out
        </button>
        {leaving.isError && (
          <p className={ui.error} role="alert">
            {messageOf(leaving.error)}
          </p>
        )}
      </div>
      <div className={styles.dangerZone}>
        <h2>Delete my account</h2>
        <p>
          This erases your account and everything in it — conversations, memory, check-ins, your safety plan — for good. Your therapist
          will no longer see anything. It can't be undone; download your data first if you want to keep it.
        </p>
        {confirming ? (
          <form onSubmit={submitErase} className={ui.stack}>
            <div className={ui.field}>
              <label className={ui.label} htmlFor={confirmId}>
                Type “delete” to confirm
              </label>
              <input id={confirmId} className={ui.input} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />
            </div>
            <div className={ui.row}>
              <button type="submit" className={ui.danger} disabled={typed.trim().toLowerCase() !== "delete" || erase.isPending}>
                Delete my account for good
              </button>
              <button type="button" className={ui.secondary} onClick={() => setConfirming(false)}>
                Keep my account
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className={ui.danger} onClick={() => setConfirming(true)}>
            Delete my account…
          </button>
        )}
        {erase.isError && (
          <p className={ui.error} role="alert">
            {messageOf(erase.error)}
          </p>
        )}
      </div>
    </section>
  );
}
