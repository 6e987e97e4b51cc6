// Sign up (as a client, or as a therapist) and sign in. Better Auth answers under /api/auth; a
// session cookie comes back and every later request carries it.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError, messageOf } from "../api/http.ts";
import { fetchMe, meKey, signIn, signUp, verifySignInCode, type Role } from "../api/session.ts";
import ui from "../ui/ui.module.css";
import styles from "./auth.module.css";

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Only paths inside the app: a `next` pointing elsewhere is ignored. */
function safeNext(next: string | null): string {
  return next !== null && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailId = useId();
  const passwordId = useId();
  const codeId = useId();
  // Two-step sign-in: the password was right, and the session waits for a code from the app.
  const [needsCode, setNeedsCode] = useState(false);

  async function finish() {
    queryClient.clear();
    await queryClient.query({ queryKey: meKey, queryFn: fetchMe });
    await navigate(safeNext(params.get("next")), { replace: true });
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { twoFactor } = await signIn({ email: field(form, "email"), password: field(form, "password") });
      if (twoFactor) setNeedsCode(true);
      else await finish();
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 401 ? "That email and password don't match an account." : messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  async function submitCode(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await verifySignInCode(field(form, "code").replace(/\s/g, ""));
      await finish();
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 401 ? "That code didn't work. Check the app and try the newest one." : messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  if (needsCode) {
    return (
      <section className={styles.page} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in: second step</h1>
        <form onSubmit={(event) => void submitCode(event)} className={styles.form} noValidate>
          {error !== null && (
            <p className={ui.error} role="alert">
              {error}
            </p>
          )}
          <div className={ui.field}>
            <label className={ui.label} htmlFor={codeId}>
              6-digit code from your authenticator app
            </label>
            <input className={ui.input} id={codeId} name="code" inputMode="numeric" autoComplete="one-time-code" required />
          </div>
          <button className={ui.button} type="submit" disabled={busy}>
            {busy ? "Checking…" : "Verify and sign in"}
          </button>
        </form>
      </section>
    );
  }

  return (
    <section className={styles.page} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <form onSubmit={(event) => void submit(event)} className={styles.form} noValidate>
        {error !== null && (
          <p className={ui.error} role="alert">
            {error}
          </p>
        )}
        <div className={ui.field}>
          <label className={ui.label} htmlFor={emailId}>
            Email
          </label>
          <input className={ui.input} id={emailId} name="email" type="email" autoComplete="email" required />
        </div>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={passwordId}>
            Password
          </label>
          <input className={ui.input} id={passwordId} name="password" type="password" autoComplete="current-password" required />
        </div>
        <button className={ui.button} type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p className={styles.switch}>
        New here? <Link to="/sign-up">Create an account</Link>
      </p>
    </section>
  );
}

export function SignUpPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(params.get("role") === "therapist" ? "therapist" : "client");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), email: useId(), password: useId(), passwordHint: useId(), clientHint: useId(), therapistHint: useId(), clientLabel: useId(), therapistLabel: useId() };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await signUp({
        name: field(form, "name").trim(),
        email: field(form, "email").trim(),
        password: field(form, "password"),
        role,
      });
      queryClient.clear();
      await queryClient.query({ queryKey: meKey, queryFn: fetchMe });
      await navigate(role === "therapist" ? "/therapist" : "/app/welcome", { replace: true });
    } catch (caught) {
      setError(messageOf(caught));
      if (caught instanceof ApiError) setFieldErrors(Object.fromEntries(caught.fields.map((field) => [field.path, field.message])));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.page} aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      <form onSubmit={(event) => void submit(event)} className={styles.form} noValidate>
        {error !== null && (
          <p className={ui.error} role="alert">
            {error}
          </p>
        )}
        <fieldset className={styles.roles}>
          <legend className={ui.label}>I am</legend>
          <label className={styles.role}>
            <input type="radio" name="role" value="client" checked={role === "client"} onChange={() => setRole("client")} aria-labelledby={ids.clientLabel} aria-describedby={ids.clientHint} />
            <span>
              <strong id={ids.clientLabel}>Someone looking for support</strong>
              <span className={ui.hint} id={ids.clientHint}>
                Talk with the companion between sessions, on your own or with your therapist.
              </span>
            </span>
          </label>
          <label className={styles.role}>
            <input type="radio" name="role" value="therapist" checked={role === "therapist"} onChange={() => setRole("therapist")} aria-labelledby={ids.therapistLabel} aria-describedby={ids.therapistHint} />
            <span>
              <strong id={ids.therapistLabel}>A therapist</strong>
              <span className={ui.hint} id={ids.therapistHint}>
                Invite clients and see, with their consent, what happens between sessions.
              </span>
            </span>
          </label>
        </fieldset>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={ids.name}>
            {role === "client" ? "What should the companion call you?" : "Your name"}
          </label>
          <input className={ui.input} id={ids.name} name="name" autoComplete={role === "client" ? "nickname" : "name"} required maxLength={120} />
          {fieldErrors.name !== undefined && <span className={ui.hint}>{fieldErrors.name}</span>}
        </div>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={ids.email}>
            Email
          </label>
          <input className={ui.input} id={ids.email} name="email" type="email" autoComplete="email" required />
          {fieldErrors.email !== undefined && <span className={ui.hint}>{fieldErrors.email}</span>}
        </div>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={ids.password}>
            Password
          </label>
          <input
            className={ui.input}
            id={ids.password}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            aria-describedby={ids.passwordHint}
          />
          <span className={ui.hint} id={ids.passwordHint}>
            At least 10 characters.
          </span>
        </div>
        <button className={ui.button} type="submit" disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </button>
      </form>
      <p className={styles.switch}>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
