// The client's care links: what each therapist may see (changeable at once), risk alerts, the
// history of every change, ending the link, and connecting with a new invite code.
import { useState, useId, type SubmitEvent } from "react";
import { messageOf } from "../../api/http.ts";
import type { CareLink, Consent } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import { ConsentChoice } from "../consent-choice.tsx";
import { useCareLinks, useChangeConsent, useConsentHistory, useConsentTexts, useRevokeLink } from "../consent.ts";
import { ChooseConsent } from "./welcome.tsx";
import styles from "./pages.module.css";

export function TherapistLinkPage() {
  const links = useCareLinks();
  const [adding, setAdding] = useState<"no" | "code" | "consent">("no");
  const [code, setCode] = useState("");
  const codeId = useId();
  if (links.isPending) return <Loading />;
  if (links.isError) return <QueryError error={links.error} retry={() => void links.refetch()} />;
  if (adding === "consent") return <ChooseConsent code={code} back={() => setAdding("code")} done={() => setAdding("no")} />;
  const active = links.data.careLinks.filter((link) => link.status === "active");
  const past = links.data.careLinks.filter((link) => link.status !== "active");
  function submitCode(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.trim().length >= 4) setAdding("consent");
  }
  return (
    <section className={styles.page} aria-labelledby="link-title">
      <h1 id="link-title">My therapist and consent</h1>
      {active.length === 0 && <p>You're not connected with a therapist. The companion works just the same on your own.</p>}
      {active.map((link) => (
        <LinkSettings key={link.id} link={link} />
      ))}
      {adding === "no" ? (
        <button type="button" className={ui.secondary} onClick={() => setAdding("code")}>
          Connect with an invite code
        </button>
      ) : (
        <form onSubmit={submitCode} className={ui.card}>
          <div className={ui.field}>
            <label className={ui.label} htmlFor={codeId}>
              Invite code
            </label>
            <input id={codeId} className={ui.input} value={code} onChange={(event) => setCode(event.target.value)} autoComplete="off" />
          </div>
          <div className={ui.row}>
            <button type="submit" className={ui.button} disabled={code.trim().length < 4}>
              Continue
            </button>
            <button type="button" className={ui.secondary} onClick={() => setAdding("no")}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {past.length > 0 && (
        <>
          <h2>Ended</h2>
          <ul className={styles.list}>
            {past.map((link) => (
              <li key={link.id} className={styles.item}>
                {link.therapist.name} · {link.status === "revoked" ? "you ended this" : "ended"}
                {link.endedAt !== null && <span className={styles.meta}> on {new Date(link.endedAt).toLocaleDateString()}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function LinkSettings({ link }: { link: CareLink }) {
  const texts = useConsentTexts();
  const change = useChangeConsent(link.id);
  const revoke = useRevokeLink(link.id);
  const [consent, setConsent] = useState<Consent>(link.consent);
  const [showHistory, setShowHistory] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const changed = consent.level !== link.consent.level || consent.riskAlerts !== link.consent.riskAlerts;
  function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    change.mutate({ level: consent.level, riskAlerts: consent.riskAlerts });
  }
  return (
    <article className={ui.card} aria-labelledby={`link-${link.id}`}>
      <h2 id={`link-${link.id}`}>{link.therapist.name}</h2>
      <p>
        They can see now: <strong>{link.agreed.level.title}</strong>. {link.agreed.level.shows}
      </p>
      {!link.companionEnabled && <p className={ui.notice}>{link.therapist.name} has paused the companion for now. Crisis lines and your safety plan are still here.</p>}
      {texts.isSuccess && (
        <form onSubmit={save} className={ui.stack}>
          <ConsentChoice texts={texts.data} value={consent} onChange={setConsent} therapistName={link.therapist.name} />
          {change.isError && (
            <p className={ui.error} role="alert">
              {messageOf(change.error)}
            </p>
          )}
          {change.isSuccess && !changed && (
            <p className={ui.notice} role="status">
              Saved. It applies from now on.
            </p>
          )}
          <button type="submit" className={ui.button} disabled={!changed || change.isPending}>
            Save what they can see
          </button>
        </form>
      )}
      <div className={ui.row}>
        <button type="button" className={ui.link} onClick={() => setShowHistory(!showHistory)} aria-expanded={showHistory}>
          {showHistory ? "Hide the history of changes" : "Show the history of changes"}
        </button>
      </div>
      {showHistory && <History linkId={link.id} />}
      <div className={styles.dangerZone}>
        {confirmEnd ? (
          <>
            <p>
              End the link with {link.therapist.name}? They will stop seeing anything new at once. You can connect again later with a
              new code.
            </p>
            <div className={ui.row}>
              <button type="button" className={ui.danger} onClick={() => revoke.mutate()} disabled={revoke.isPending}>
                Yes, end the link
              </button>
              <button type="button" className={ui.secondary} onClick={() => setConfirmEnd(false)}>
                Keep it
              </button>
            </div>
          </>
        ) : (
          <button type="button" className={ui.secondary} onClick={() => setConfirmEnd(true)}>
            End the link with {link.therapist.name}
          </button>
        )}
        {revoke.isError && (
          <p className={ui.error} role="alert">
            {messageOf(revoke.error)}
          </p>
        )}
      </div>
    </article>
  );
}

function History({ linkId }: { linkId: string }) {
  const history = useConsentHistory(linkId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <QueryError error={history.error} />;
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Consent changes</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {history.data.changes.map((change) => (
          <tr key={change.id}>
            <td>{new Date(change.at).toLocaleString()}</td>
            <td>{change.by?.name ?? "—"}</td>
            <td>
              {change.field}: {change.from ?? "—"} → {change.to}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
