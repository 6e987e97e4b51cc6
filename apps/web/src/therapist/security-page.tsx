// Two-step sign-in (TOTP, Better Auth's two-factor plugin): confirm the password, add the key to an
// authenticator app (QR code, or the key as text), and prove it with a code. Until the code is
// verified, the second factor is not on.
import { useId, useState, type SubmitEvent } from "react";
import { messageOf } from "../api/http.ts";
import { useMe } from "../api/session.ts";
import { Loading } from "../ui/status.tsx";
import ui from "../ui/ui.module.css";
import { useEnableTwoFactor, useVerifyTotp, type TwoFactorEnabled } from "./api.ts";
import { totpSecretOf } from "./format.ts";
import { QrCode } from "./qr-code.tsx";
import styles from "./workspace.module.css";

export function SecurityPage() {
  const me = useMe();
  const [enabled, setEnabled] = useState<TwoFactorEnabled | null>(null);
  if (me.isPending) return <Loading />;
  const on = me.data?.twoFactorEnabled ?? false;
  return (
    <section aria-labelledby="security-title">
      <h1 id="security-title">Two-step sign-in</h1>
      <p>
        With two-step sign-in, signing in needs your password and a 6-digit code from an authenticator app on your phone. Your practice may require it before
        you can see clients' content.
      </p>
      {on ? (
        <p className={styles.success} role="status">
          Two-step sign-in is on.
        </p>
      ) : enabled === null ? (
        <PasswordStep onEnabled={setEnabled} />
      ) : (
        <VerifyStep enabled={enabled} />
      )}
    </section>
  );
}

function PasswordStep(props: { onEnabled: (enabled: TwoFactorEnabled) => void }) {
  const id = useId();
  const [password, setPassword] = useState("");
  const enable = useEnableTwoFactor();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    enable.mutate(password, { onSuccess: (result) => props.onEnabled(result) });
  };
  return (
    <form className={ui.card} onSubmit={submit}>
      <h2>1. Confirm it's you</h2>
      <div className={ui.field}>
        <label className={ui.label} htmlFor={`${id}-password`}>
          Your password
        </label>
        <input
          id={`${id}-password`}
          className={ui.input}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      {enable.isError && (
        <p className={ui.error} role="alert">
          {messageOf(enable.error)}
        </p>
      )}
      <button type="submit" className={ui.button} disabled={enable.isPending}>
        Set up two-step sign-in
      </button>
    </form>
  );
}

function VerifyStep(props: { enabled: TwoFactorEnabled }) {
  const id = useId();
  const [code, setCode] = useState("");
  const verify = useVerifyTotp();
  const secret = totpSecretOf(props.enabled.totpURI);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    verify.mutate(code.replace(/\s/g, ""));
  };
  return (
    <>
      <div className={ui.card}>
        <h2>2. Add Between to your authenticator app</h2>
        <p>Scan this code with the app, or enter the key by hand.</p>
        <QrCode value={props.enabled.totpURI} label="QR code for your authenticator app" className={styles.qr} />
        {secret !== null && (
          <p>
            Key: <span className={styles.mono}>{secret}</span>
          </p>
        )}
        <details>
          <summary>Show the full set-up link</summary>
          <p className={styles.mono}>{props.enabled.totpURI}</p>
        </details>
        <h3>Backup codes</h3>
        <p>Keep these somewhere safe. Each one signs you in once if you lose your phone.</p>
        <ul className={styles.mono} aria-label="Backup codes">
          {props.enabled.backupCodes.map((backup) => (
            <li key={backup}>{backup}</li>
          ))}
        </ul>
      </div>
      <form className={ui.card} onSubmit={submit}>
        <h2>3. Enter a code from the app</h2>
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${id}-code`}>
            6-digit code
          </label>
          <input
            id={`${id}-code`}
            className={ui.input}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
          />
        </div>
        {verify.isError && (
          <p className={ui.error} role="alert">
            {messageOf(verify.error)}
          </p>
        )}
        <button type="submit" className={ui.button} disabled={verify.isPending}>
          Turn on two-step sign-in
        </button>
      </form>
    </>
  );
}
