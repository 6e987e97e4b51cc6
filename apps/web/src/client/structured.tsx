// What the companion puts beside a reply (a `data-structured` part) as real controls: a tap sends
// the answer as the client's next message, exactly as if they had typed it. Only the latest reply's
// controls are live; older ones stay visible as a record.
import type { Structured } from "@between/core";
import { useId } from "react";
import ui from "../ui/ui.module.css";
import { BreathingPacer } from "./breathing-pacer.tsx";
import styles from "./structured.module.css";

export interface StructuredProps {
  data: Structured;
  /** False for replies further up: their controls can no longer be used. */
  active: boolean;
  send: (text: string) => void;
  /** Titles for the practices a follow-up may be about (by id). */
  practiceTitles?: ReadonlyMap<string, string>;
}

const scalePurpose = {
  "distress-before": "How intense is it right now?",
  "distress-after": "And now, how intense is it?",
  mood: "How is your mood?",
} as const;

export function StructuredControls(props: StructuredProps) {
  const { data, active, send } = props;
  const legendId = useId();
  switch (data.kind) {
    case "scale":
      return (
        <fieldset className={styles.scale} disabled={!active} aria-describedby={legendId}>
          <legend className={styles.legend}>{scalePurpose[data.purpose]}</legend>
          <div className={styles.scaleButtons}>
            {Array.from({ length: data.max - data.min + 1 }, (_, index) => data.min + index).map((value) => (
              <button
                key={value}
                type="button"
                className={styles.scaleButton}
                onClick={() => send(String(value))}
                aria-label={value === data.min ? `${value}, ${data.minLabel}` : value === data.max ? `${value}, ${data.maxLabel}` : String(value)}
              >
                {value}
              </button>
            ))}
          </div>
          <p className={styles.scaleLabels} id={legendId}>
            <span>
              {data.min}: {data.minLabel}
            </span>
            <span>
              {data.max}: {data.maxLabel}
            </span>
          </p>
        </fieldset>
      );
    case "choices":
      return (
        <div className={styles.choices} role="group" aria-label="Choose one">
          {data.choices.map((choice) => (
            <button key={choice.send} type="button" className={ui.secondary} disabled={!active} onClick={() => send(choice.send)}>
              {choice.label}
            </button>
          ))}
        </div>
      );
    case "follow-up-choice":
      return (
        <div className={styles.choices} role="group" aria-label="Which one to talk about">
          {data.followUps.map((followUp) => (
            <button key={followUp.id} type="button" className={ui.secondary} disabled={!active} onClick={() => send(followUp.send)}>
              {followUp.kind === "practice" ? (props.practiceTitles?.get(followUp.id) ?? "A practice from your therapist") : `The plan you made: “${followUp.send}”`}
            </button>
          ))}
          <button type="button" className={ui.secondary} disabled={!active} onClick={() => send(data.other.send)}>
            {data.other.label}
          </button>
        </div>
      );
    case "questionnaire-item":
      return (
        <fieldset className={styles.questionnaire} disabled={!active}>
          <legend className={styles.legend}>
            {data.name}, question {data.item} of {data.of}
          </legend>
          <p className={styles.stem}>{data.stem}</p>
          <p className={styles.item}>{data.text}</p>
          <AnswerOptions options={data.options} send={send} />
        </fieldset>
      );
    case "questionnaire-functional":
      return (
        <fieldset className={styles.questionnaire} disabled={!active}>
          <legend className={styles.legend}>One last question</legend>
          <p className={styles.item}>{data.text}</p>
          <AnswerOptions options={data.options} send={send} />
        </fieldset>
      );
    case "breathing":
      return <BreathingPacer pattern={data.pattern} onDone={active ? () => send("done") : undefined} />;
    case "exercise-step":
      return (
        <div className={styles.choices}>
          <span className={ui.muted}>
            Step {data.step} of {data.of}
          </span>
          {active && (
            <button type="button" className={ui.secondary} onClick={() => send("next")}>
              Next step
            </button>
          )}
        </div>
      );
    case "role-play":
      return (
        <div className={styles.rolePlay}>
          <span>Role-play: the companion is playing the other person.</span>
          {active && (
            <button type="button" className={ui.secondary} onClick={() => send(data.pause.send)}>
              {data.pause.label}
            </button>
          )}
        </div>
      );
  }
}

/** A questionnaire's answer options, one button each; a tap sends the option's wording verbatim. */
function AnswerOptions(props: { options: readonly { value: number; text: string }[]; send: (text: string) => void }) {
  return (
    <div className={styles.options}>
      {props.options.map((option) => (
        <button key={option.value} type="button" className={ui.secondary} onClick={() => props.send(option.text)}>
          {option.text}
        </button>
      ))}
    </div>
  );
}
