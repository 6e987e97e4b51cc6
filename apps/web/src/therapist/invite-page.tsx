// Invite a client: a single-use code, valid for 7 days, to share by whatever channel the therapist
// already uses with them. The client redeems it in their app and chooses what the therapist sees.
import { useState } from "react";
import { messageOf } from "../api/http.ts";
import ui from "../ui/ui.module.css";
import { useCreateInvite } from "./api.ts";
import { formatDateTime } from "./format.ts";
import styles from "./workspace.module.css";

export function InvitePage() {
  const invite = useCreateInvite();
  const [copied, setCopied] = useState(false);
  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section aria-labelledby="invite-title">
      <h1 id="invite-title">Invite a client</h1>
      <p>
        Create a code and give it to your client. They enter it in Between, under “Connect with your therapist”, and choose what you may see. Each code works once
        and expires after 7 days.
      </p>
      <button
        type="button"
        className={ui.button}
        disabled={invite.isPending}
        onClick={() => {
          setCopied(false);
          invite.mutate();
        }}
      >
        {invite.data === undefined ? "Create an invite code" : "Create another code"}
      </button>
      {invite.isError && (
        <p className={ui.error} role="alert">
          {messageOf(invite.error)}
        </p>
      )}
      {invite.data !== undefined && (
        <div className={ui.card} role="status">
          <h2>The code to share</h2>
          <p>
            <output className={styles.code} aria-label="Invite code">
              {invite.data.code}
            </output>
          </p>
          <p className={ui.muted}>Expires {formatDateTime(invite.data.expiresAt)}. It is shown only now: we keep only a fingerprint of it.</p>
          <button type="button" className={ui.secondary} onClick={() => void copy(invite.data.code)}>
            {copied ? "Copied" : "Copy the code"}
          </button>
        </div>
      )}
    </section>
  );
}
