// Onboarding, right after sign-up: what the companion is and is not, where help is at any hour,
// and — with an invite code from a therapist — the consent choice in plain words.
import { useState, useId, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { messageOf } from "../../api/http.ts";
import type { CareLink, Consent } from "../../api/types.ts";
import { CrisisLinesList } from "../../ui/crisis-lines.tsx";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import { ConsentChoice } from "../consent-choice.tsx";
import { useConsentTexts, useRedeemInvite } from "../consent.ts";
import styles from "./pages.module.css";

type Step = "about" | "code" | "consent" | "linked";

export function WelcomePage() {
  const [step, setStep] = useState<Step>("about");
  const [code, setCode] = useState("");
  const [linked, setLinked] = useState<CareLink | null>(null);
  switch (step) {
    case "about":
      return <About next={() => setStep("code")} />;
    case "code":
      return (
        <InviteCode
          code={code}
          setCode={setCode}
          next={() => setStep("consent")}
        />
      );
    case "consent":
      return (
        <ChooseConsent
          code={code}
          back={() => setStep("code")}
          done={(link) => {
            setLinked(link);
            setStep("linked");
          }}
        />
      );
    case "linked":
      return <Linked link={linked} />;
  }
}

function About(props: { next: () => void }) {
  return (
    <section className={styles.page} aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Between</h1>
      <div className={ui.card}>
        <h2>What this is</h2>
        <p>
          <strong>The companion is an AI — not a person, and not a therapist.</strong> It's here between sessions to listen, to help
          you think things through, to practise hard conversations and to calm down when things are too much.
        </p>
        <p>It won't diagnose you or advise on medication, and it can't come to you or call anyone for you in an emergency.</p>
        <p>
          What you write is encrypted and yours. If you connect with a therapist, you decide what they can see, you can change it
          at any time, and you can see everything they see.
        </p>
      </div>
      <div className={ui.card}>
        <h2>If you're ever in danger</h2>
        <p>The “Crisis lines” button at the top of every screen shows people you can reach right now:</p>
        <CrisisLinesList headingLevel={3} />
      </div>
      <button type="button" className={ui.button} onClick={props.next}>
        I understand, continue
      </button>
    </section>
  );
}

function InviteCode(props: { code: string; setCode: (code: string) => void; next: () => void }) {
  const codeId = useId();
  const hintId = useId();
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (props.code.trim().length >= 4) props.next();
  }
  return (
    <section className={styles.page} aria-labelledby="code-title">
      <h1 id="code-title">Connect with your therapist</h1>
      <p>If your therapist gave you an invite code, enter it here. You'll choose what they can see next.</p>
      <form onSubmit={submit} className={ui.stack}>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={codeId}>
            Invite code
          </label>
          <input
            id={codeId}
            className={ui.input}
            value={props.code}
            onChange={(event) => props.setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            aria-describedby={hintId}
          />
          <span id={hintId} className={ui.hint}>
            You can also do this later, from “Me”.
          </span>
        </div>
        <div className={ui.row}>
          <button type="submit" className={ui.button} disabled={props.code.trim().length < 4}>
            Continue
          </button>
          <Link to="/app" className={ui.secondary}>
            I don't have a code
          </Link>
        </div>
      </form>
    </section>
  );
}

export function ChooseConsent(props: { code: string; back: () => void; done: (link: CareLink) => void }) {
  const texts = useConsentTexts();
  const redeem = useRedeemInvite();
  const [consent, setConsent] = useState<Consent>({ level: "moments", riskAlerts: true });
  if (texts.isPending) return <Loading />;
  if (texts.isError) return <QueryError error={texts.error} retry={() => void texts.refetch()} />;
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    redeem.mutate({ code: props.code.trim(), consent }, { onSuccess: props.done });
  }
  return (
    <section className={styles.page} aria-labelledby="consent-title">
      <h1 id="consent-title">What your therapist can see</h1>
      <p>Choose what feels right. Nothing is shared until you confirm, and you can change it whenever you like.</p>
      <form onSubmit={submit} className={ui.stack}>
        <ConsentChoice texts={texts.data} value={consent} onChange={setConsent} />
        {redeem.isError && (
          <p className={ui.error} role="alert">
            {messageOf(redeem.error)}
          </p>
        )}
        <div className={ui.row}>
          <button type="submit" className={ui.button} disabled={redeem.isPending}>
            {redeem.isPending ? "Connecting…" : "Confirm and connect"}
          </button>
          <button type="button" className={ui.secondary} onClick={props.back}>
            Back
          </button>
        </div>
      </form>
    </section>
  );
}

function Linked(props: { link: CareLink | null }) {
  const navigate = useNavigate();
  return (
    <section className={styles.page} aria-labelledby="linked-title">
      <h1 id="linked-title">You're connected</h1>
      {props.link !== null && (
        <p>
          You're connected with <strong>{props.link.therapist.name}</strong>. They can see: {props.link.agreed.level.title.toLowerCase()}.
        </p>
      )}
      <p>You can change this, or see exactly what they see, from “Me”.</p>
      <button type="button" className={ui.button} onClick={() => void navigate("/app")}>
        Start
      </button>
    </section>
  );
}
