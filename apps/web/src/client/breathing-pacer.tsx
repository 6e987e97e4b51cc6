// A paced-breathing guide: a circle that grows on the in-breath and shrinks on the out-breath, with
// the phase in words for anyone who does not watch it. With reduced motion asked for, the circle
// stays still and only the words and the count change.
import { useEffect, useMemo, useState, type CSSProperties } from "react";
import type { Structured } from "@between/core";
import ui from "../ui/ui.module.css";
import styles from "./breathing-pacer.module.css";

type Pattern = Extract<Structured, { kind: "breathing" }>["pattern"];
type Phase = "in" | "hold" | "out" | "rest";

const phaseWords: Record<Phase, string> = { in: "Breathe in", hold: "Hold", out: "Breathe out", rest: "Rest" };

function phasesOf(pattern: Pattern): { phase: Phase; seconds: number }[] {
  return [
    { phase: "in" as const, seconds: pattern.inhale },
    { phase: "hold" as const, seconds: pattern.hold },
    { phase: "out" as const, seconds: pattern.exhale },
    { phase: "rest" as const, seconds: pattern.holdAfter },
  ].filter((step) => step.seconds > 0);
}

export function BreathingPacer(props: { pattern: Pattern; onDone?: (() => void) | undefined }) {
  const steps = useMemo(() => phasesOf(props.pattern), [props.pattern]);
  const [running, setRunning] = useState(false);
  const [position, setPosition] = useState({ cycle: 0, step: 0, second: 0 });
  const finished = position.cycle >= props.pattern.cycles;
  const current = steps[position.step] ?? steps[0];

  useEffect(() => {
    if (!running || finished) return;
    const timer = setTimeout(() => {
      setPosition((at) => {
        const step = steps[at.step];
        if (step !== undefined && at.second + 1 < step.seconds) return { ...at, second: at.second + 1 };
        const nextStep = at.step + 1;
        if (nextStep < steps.length) return { ...at, step: nextStep, second: 0 };
        return { cycle: at.cycle + 1, step: 0, second: 0 };
      });
    }, 1000);
    return () => clearTimeout(timer);
  }, [running, finished, position, steps]);

  const phase = current?.phase ?? "in";
  const remaining = current === undefined ? 0 : current.seconds - position.second;
  return (
    <div className={styles.pacer} data-testid="breathing-pacer">
      <div
        className={`${styles.circle} ${running && !finished ? styles[phase] : ""}`}
        data-phase={phase}
        // The animation lasts exactly as long as the phase (set through the CSSOM: allowed by the CSP).
        style={{ "--phase-seconds": `${current?.seconds ?? 4}s` } as CSSProperties}
        aria-hidden="true"
      />
      <p className={styles.words} aria-live="polite">
        {finished
          ? "Well done. How do you feel now?"
          : running
            ? `${phaseWords[phase]} · ${remaining}`
            : `In for ${props.pattern.inhale}${props.pattern.hold > 0 ? `, hold for ${props.pattern.hold}` : ""}, out for ${props.pattern.exhale} — ${props.pattern.cycles} rounds.`}
      </p>
      {!finished && (
        <p className={styles.round}>{running ? `Round ${position.cycle + 1} of ${props.pattern.cycles}` : ""}</p>
      )}
      <div className={ui.row}>
        {!running && !finished && (
          <button type="button" className={ui.button} onClick={() => setRunning(true)}>
            Start breathing
          </button>
        )}
        {running && !finished && (
          <button type="button" className={ui.secondary} onClick={() => setRunning(false)}>
            Pause breathing
          </button>
        )}
        {props.onDone !== undefined && (
          <button type="button" className={finished ? ui.button : ui.secondary} onClick={props.onDone}>
            I'm done
          </button>
        )}
      </div>
    </div>
  );
}
