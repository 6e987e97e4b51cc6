// Check-ins outside a conversation: a mood rating, and the PHQ-9 and GAD-7 in their published
// wording (straight from @between/core's definitions, the text a test holds verbatim), with the
// history. A PHQ-9 item 9 answer above 0 brings the crisis protocol at once.
import { gad7, phq9, type QuestionnaireDefinition } from "@between/core/questionnaires";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useRef } from "react";
import { api, messageOf } from "../../api/http.ts";
import type { CheckInList, RecordCheckInBody, RecordCheckInResponse } from "../../api/types.ts";
import { Loading, QueryError } from "../../ui/status.tsx";
import ui from "../../ui/ui.module.css";
import type { CrisisData } from "../chat-transport.ts";
import { CrisisCard } from "../crisis-card.tsx";
import styles from "./pages.module.css";

const checkInsKey = ["me", "check-ins"] as const;
type Form = "mood" | "phq9" | "gad7";

function useRecordCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCheckInBody) => api<RecordCheckInResponse>("/api/check-ins", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checkInsKey }),
  });
}

export function CheckInsPage() {
  const [form, setForm] = useState<Form | null>(null);
  const history = useQuery({ queryKey: checkInsKey, queryFn: () => api<CheckInList>("/api/me/check-ins") });
  const record = useRecordCheckIn();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const crisis = record.data?.crisis ?? null;
  function done(body: RecordCheckInBody) {
    record.mutate(body, {
      onSuccess: () => {
        setForm(null);
        headingRef.current?.focus();
      },
    });
  }
  return (
    <section className={styles.page} aria-labelledby="check-ins-title">
      <h1 id="check-ins-title" ref={headingRef} tabIndex={-1}>
        Check-ins
      </h1>
      {crisis !== null && <CrisisCard data={crisis as unknown as CrisisData} onKeepTalking={() => undefined} />}
      {record.isSuccess && crisis === null && (
        <p className={ui.notice} role="status">
          Saved. Thank you for checking in.
        </p>
      )}
      {record.isError && (
        <p className={ui.error} role="alert">
          {messageOf(record.error)}
        </p>
      )}
      {form === null ? (
        <div className={ui.row}>
          <button type="button" className={ui.button} onClick={() => setForm("mood")}>
            How's my mood
          </button>
          <button type="button" className={ui.secondary} onClick={() => setForm("phq9")}>
            PHQ-9 (mood, 2 weeks)
          </button>
          <button type="button" className={ui.secondary} onClick={() => setForm("gad7")}>
            GAD-7 (worry, 2 weeks)
          </button>
        </div>
      ) : form === "mood" ? (
        <MoodForm submit={done} cancel={() => setForm(null)} busy={record.isPending} />
      ) : (
        <QuestionnaireForm definition={form === "phq9" ? phq9 : gad7} submit={done} cancel={() => setForm(null)} busy={record.isPending} />
      )}
      <h2>Your history</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <QueryError error={history.error} retry={() => void history.refetch()} />
      ) : history.data.checkIns.length === 0 ? (
        <p className={ui.muted}>No check-ins yet.</p>
      ) : (
        <table className={styles.table}>
          <caption className="visually-hidden">Your check-ins, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {history.data.checkIns.map((checkIn) => (
              <tr key={checkIn.id}>
                <td>{new Date(checkIn.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{checkIn.instrument === "mood" ? `Mood${checkIn.word === null ? "" : `: ${checkIn.word}`}` : checkIn.instrument === "phq9" ? "PHQ-9" : "GAD-7"}</td>
                <td>
                  {checkIn.score}
                  {checkIn.band === null ? "" : ` (${checkIn.band})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MoodForm(props: { submit: (body: RecordCheckInBody) => void; cancel: () => void; busy: boolean }) {
  const [score, setScore] = useState<number | null>(null);
  const [word, setWord] = useState("");
  const wordId = useId();
  const name = useId();
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (score === null) return;
    props.submit({ instrument: "mood", score, ...(word.trim() === "" ? {} : { word: word.trim() }) });
  }
  return (
    <form onSubmit={submit} className={ui.card}>
      <fieldset className={styles.item}>
        <legend className={ui.label}>How is your mood right now, from 0 (very low) to 10 (very good)?</legend>
        <div className={ui.row}>
          {Array.from({ length: 11 }, (_, value) => (
            <label key={value} className={ui.row}>
              <input type="radio" name={name} value={value} checked={score === value} onChange={() => setScore(value)} />
              {value}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={ui.field}>
        <label className={ui.label} htmlFor={wordId}>
          One word for it (if you like)
        </label>
        <input id={wordId} className={ui.input} value={word} onChange={(event) => setWord(event.target.value)} maxLength={60} />
      </div>
      <div className={ui.row}>
        <button type="submit" className={ui.button} disabled={score === null || props.busy}>
          Save
        </button>
        <button type="button" className={ui.secondary} onClick={props.cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function QuestionnaireForm(props: { definition: QuestionnaireDefinition; submit: (body: RecordCheckInBody) => void; cancel: () => void; busy: boolean }) {
  const { definition } = props;
  const [answers, setAnswers] = useState<(number | null)[]>(() => definition.items.map(() => null));
  const [functional, setFunctional] = useState<number | null>(null);
  const base = useId();
  const complete = answers.every((answer) => answer !== null);
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const given = answers.filter((answer): answer is number => answer !== null);
    if (given.length !== definition.items.length) return;
    const extra = functional === null ? {} : { functional };
    props.submit(definition.id === "phq9" ? { instrument: "phq9", answers: given, ...extra } : { instrument: "gad7", answers: given, ...extra });
  }
  return (
    <form onSubmit={submit} className={ui.card} aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{definition.name}</h2>
      <p>{definition.stem}</p>
      {definition.items.map((item, index) => (
        <fieldset key={item.id} className={styles.item}>
          <legend className={ui.label}>
            {item.id}. {item.text}
          </legend>
          {definition.options.map((option) => (
            <label key={option.value} className={ui.row}>
              <input
                type="radio"
                name={`${base}-${item.id}`}
                value={option.value}
                checked={answers[index] === option.value}
                onChange={() => setAnswers((current) => current.map((answer, at) => (at === index ? option.value : answer)))}
              />
              {option.text}
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset className={styles.item}>
        <legend className={ui.label}>{definition.functionalItem.text}</legend>
        {definition.functionalItem.options.map((text, value) => (
          <label key={text} className={ui.row}>
            <input type="radio" name={`${base}-functional`} value={value} checked={functional === value} onChange={() => setFunctional(value)} />
            {text}
          </label>
        ))}
      </fieldset>
      <div className={ui.row}>
        <button type="submit" className={ui.button} disabled={!complete || props.busy}>
          Save
        </button>
        <button type="button" className={ui.secondary} onClick={props.cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
