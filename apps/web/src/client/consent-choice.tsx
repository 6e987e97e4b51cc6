// The consent choice in plain words: each level with what it shows the therapist and what it keeps
// from them, the risk-alert choice, and what is always true. The texts come from the server
// (GET /api/consent-texts), the same words stored with the care link as what was agreed.
import { useId } from "react";
import type { Consent, ConsentTexts } from "../api/types.ts";
import ui from "../ui/ui.module.css";
import styles from "./consent-choice.module.css";

export function ConsentChoice(props: { texts: ConsentTexts; value: Consent; onChange: (consent: Consent) => void; therapistName?: string }) {
  const name = useId();
  const alertsName = useId();
  const who = props.therapistName ?? "your therapist";
  return (
    <div className={styles.choice}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>What may {who} see?</legend>
        {props.texts.levels.map((level) => {
          const id = `${name}-${level.level}`;
          return (
            <label key={level.level} className={styles.option} htmlFor={id}>
              <input
                id={id}
                type="radio"
                name={name}
                value={level.level}
                checked={props.value.level === level.level}
                onChange={() => props.onChange({ ...props.value, level: level.level })}
                aria-labelledby={`${id}-title`}
                aria-describedby={`${id}-shows ${id}-keeps`}
              />
              <span>
                <strong id={`${id}-title`}>{level.title}</strong>
                <span id={`${id}-shows`} className={styles.shows}>
                  {level.shows}
                </span>
                <span id={`${id}-keeps`} className={ui.hint}>
                  {level.keeps}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>If you might be in danger</legend>
        <label className={styles.option} htmlFor={`${alertsName}-on`}>
          <input
            id={`${alertsName}-on`}
            type="radio"
            name={alertsName}
            checked={props.value.riskAlerts}
            onChange={() => props.onChange({ ...props.value, riskAlerts: true })}
            aria-labelledby={`${alertsName}-on-title`}
            aria-describedby={`${alertsName}-on-text`}
          />
          <span>
            <strong id={`${alertsName}-on-title`}>Alert {who}</strong>
            <span id={`${alertsName}-on-text`} className={styles.shows}>
              {props.texts.riskAlerts.on}
            </span>
          </span>
        </label>
        <label className={styles.option} htmlFor={`${alertsName}-off`}>
          <input
            id={`${alertsName}-off`}
            type="radio"
            name={alertsName}
            checked={!props.value.riskAlerts}
            onChange={() => props.onChange({ ...props.value, riskAlerts: false })}
            aria-labelledby={`${alertsName}-off-title`}
            aria-describedby={`${alertsName}-off-text`}
          />
          <span>
            <strong id={`${alertsName}-off-title`}>Don't alert {who}</strong>
            <span id={`${alertsName}-off-text`} className={styles.shows}>
              {props.texts.riskAlerts.off}
            </span>
          </span>
        </label>
      </fieldset>
      <ul className={styles.always}>
        {props.texts.always.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
