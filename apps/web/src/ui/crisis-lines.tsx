// Crisis lines one tap away on every screen (DESIGN.md, safety doctrine): a button in the header that
// opens a sheet with the person's country's emergency number and lines. It needs no sign-in, and the
// lines are fetched when the app starts so the sheet opens instantly, even after the connection drops.
import { useQuery } from "@tanstack/react-query";
import { useId, useRef } from "react";
import { api } from "../api/http.ts";
import type { CountryCrisisLines, CrisisLine } from "../api/types.ts";
import styles from "./crisis-lines.module.css";

export const crisisLinesKey = ["crisis-lines"] as const;

export function useCrisisLines() {
  return useQuery({
    queryKey: crisisLinesKey,
    queryFn: () => api<CountryCrisisLines>("/api/crisis-lines"),
    staleTime: 60 * 60_000,
    gcTime: Infinity,
  });
}

/** The lines themselves, for the sheet, onboarding and the crisis protocol. */
export function CrisisLinesList(props: { lines?: CountryCrisisLines | undefined; headingLevel?: 2 | 3 }) {
  const query = useCrisisLines();
  const data = props.lines ?? query.data;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  if (data === undefined) {
    return (
      <p className={styles.fallback}>
        {query.isError
          ? "We couldn't load the list just now. If you are in danger, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK)."
          : "Loading crisis lines…"}
      </p>
    );
  }
  return (
    <div className={styles.list}>
      {data.emergency !== null && (
        <a className={styles.emergency} href={`tel:${data.emergency.number}`}>
          <span>{data.emergency.label}</span>
          <strong>{data.emergency.number}</strong>
        </a>
      )}
      <Heading className={styles.country}>Crisis lines in {data.countryName}</Heading>
      <ul className={styles.lines}>
        {data.lines.map((line) => (
          <CrisisLineItem key={line.name} line={line} />
        ))}
      </ul>
    </div>
  );
}

function textLabel(text: NonNullable<CrisisLine["text"]>): string {
  return `Text ${text.number}${text.keyword === undefined ? "" : ` (${text.keyword})`}`;
}

function CrisisLineItem({ line }: { line: CrisisLine }) {
  return (
    <li className={styles.line}>
      <strong>{line.name}</strong>
      <span className={styles.description}>{line.description}</span>
      <span className={styles.hours}>{line.hours}</span>
      <span className={styles.actions}>
        {line.phone !== undefined && (
          <a className={styles.action} href={`tel:${line.phone.replace(/\s+/g, "")}`} aria-label={`Call ${line.phone}, ${line.name}`}>
            Call {line.phone}
          </a>
        )}
        {line.text !== undefined && (
          <a
            className={styles.action}
            href={`sms:${line.text.number}${line.text.keyword === undefined ? "" : `?body=${encodeURIComponent(line.text.keyword)}`}`}
            aria-label={`${textLabel(line.text)}, ${line.name}`}
          >
            {textLabel(line.text)}
          </a>
        )}
        {line.url !== undefined && (
          <a className={styles.action} href={line.url} target="_blank" rel="noreferrer noopener">
            Website
          </a>
        )}
      </span>
    </li>
  );
}

/** The always-visible button and the sheet it opens. */
export function CrisisButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useCrisisLines();
  return (
    <>
      <button type="button" className={styles.button} onClick={() => dialog.current?.showModal()} aria-haspopup="dialog">
        Crisis lines
      </button>
      <dialog ref={dialog} className={styles.sheet} aria-labelledby={titleId} data-testid="crisis-sheet">
        <div className={styles.sheetHeader}>
          <h2 id={titleId}>Help right now</h2>
          <button type="button" className={styles.close} onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p>
          If you might act on thoughts of harming yourself or someone else, call your emergency number now. These lines
          are run by people, and they are there for exactly this.
        </p>
        <CrisisLinesList />
      </dialog>
    </>
  );
}
