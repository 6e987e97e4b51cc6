// The frame: the therapist's guidance to the companion for this client. Every save is a new
// version; the companion uses the latest. The client can read it (GET /api/me/frame).
import { useId, useState, type SubmitEvent } from "react";
import { messageOf } from "../api/http.ts";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import ui from "../ui/ui.module.css";
import { useFrame, useSaveFrame, type CaseloadEntry, type Frame, type FrameBody } from "./api.ts";
import { formatDateTime } from "./format.ts";
import styles from "./workspace.module.css";

const fields = [
  { key: "focus", label: "Focus", hint: "What to keep coming back to between sessions." },
  { key: "approach", label: "Approach", hint: "How the companion should work with them (e.g. reflect before suggesting)." },
  { key: "avoid", label: "What to avoid", hint: "Topics or moves to stay away from." },
  { key: "tone", label: "Tone", hint: "How it should sound." },
  { key: "dependencyPlan", label: "Dependency plan", hint: "e.g. “When night use is high, suggest texting a friend.”" },
] as const;

type FieldKey = (typeof fields)[number]["key"];

export function FrameTab(props: { client: CaseloadEntry }) {
  const frame = useFrame(props.client.id);
  // Owned here, not by the form: the form restarts (new key) after a save, the outcome stays shown.
  const save = useSaveFrame(props.client.id);
  if (frame.isPending) return <Loading />;
  if (frame.isError) return <WorkspaceError error={frame.error} retry={() => void frame.refetch()} />;
  // Keyed by version, so the form starts again from the newest saved frame.
  return (
    <div className={styles.grid}>
      <FrameForm key={frame.data.current?.version ?? 0} save={save} current={frame.data.current} />
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">Versions</h2>
        {frame.data.versions.length === 0 ? (
          <p>No frame yet: the companion follows its defaults.</p>
        ) : (
          <ol className={styles.cards} reversed>
            {frame.data.versions.map((version) => (
              <li key={version.version}>
                <details>
                  <summary>
                    Version {version.version}, {formatDateTime(version.createdAt)}
                    {version.by === null ? "" : ` by ${version.by.name}`}
                  </summary>
                  <dl>
                    {fields.map((field) => (
                      <div key={field.key}>
                        <dt>{field.label}</dt>
                        <dd className={styles.quote}>{version[field.key] ?? "—"}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function FrameForm(props: { save: ReturnType<typeof useSaveFrame>; current: Frame | null }) {
  const id = useId();
  const { save } = props;
  const [values, setValues] = useState<Record<FieldKey, string>>(() => {
    const current = props.current;
    return {
      focus: current?.focus ?? "",
      approach: current?.approach ?? "",
      avoid: current?.avoid ?? "",
      tone: current?.tone ?? "",
      dependencyPlan: current?.dependencyPlan ?? "",
    };
  });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: FrameBody = {};
    for (const field of fields) {
      const value = values[field.key].trim();
      body[field.key] = value === "" ? null : value;
    }
    save.mutate(body);
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.current === null ? "Write the frame" : `Edit the frame (now version ${props.current.version})`}</h2>
      <form className={ui.card} onSubmit={submit}>
        {fields.map((field) => (
          <div className={ui.field} key={field.key}>
            <label className={ui.label} htmlFor={`${id}-${field.key}`}>
              {field.label}
            </label>
            <span className={ui.hint} id={`${id}-${field.key}-hint`}>
              {field.hint}
            </span>
            <textarea
              id={`${id}-${field.key}`}
              aria-describedby={`${id}-${field.key}-hint`}
              className={`${ui.input} ${styles.textarea}`}
              value={values[field.key]}
              maxLength={2000}
              onChange={(event) => setValues((previous) => ({ ...previous, [field.key]: event.target.value }))}
            />
          </div>
        ))}
        {save.isError && (
          <p className={ui.error} role="alert">
            {messageOf(save.error)}
          </p>
        )}
        {save.isSuccess && (
          <p className={styles.success} role="status">
            Saved as version {save.data.version}. The companion uses it from the next message.
          </p>
        )}
        <button type="submit" className={ui.button} disabled={save.isPending}>
          Save as a new version
        </button>
      </form>
    </section>
  );
}
