// The frame every chart shares: a heading, the drawing (hidden from screen readers, which get the
// same content as text), a visible one-paragraph summary, and the numbers as a table on demand.
import { useId, type ReactNode } from "react";
import styles from "./charts.module.css";

export function ChartFigure(props: { title: string; summary: string; children: ReactNode; table: ReactNode; tableLabel?: string }) {
  const id = useId();
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {props.title}
      </h3>
      <div className={styles.drawing} aria-hidden="true">
        {props.children}
      </div>
      <figcaption className={styles.summary}>{props.summary}</figcaption>
      <details className={styles.details}>
        <summary>{props.tableLabel ?? "Show the numbers"}</summary>
        {/* Focusable, so a wide table can be scrolled from the keyboard. */}
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={`${props.title}: the numbers`}>
          {props.table}
        </div>
      </details>
    </figure>
  );
}

/** Legend swatch: colour plus a marker shape, so series never differ by colour alone. */
export function SeriesMarker(props: { index: number; x: number; y: number; size?: number }) {
  const size = props.size ?? 4;
  const className = styles[`series${props.index % seriesCount}`];
  switch (props.index % 5) {
    case 0:
      return <circle className={className} cx={props.x} cy={props.y} r={size} />;
    case 1:
      return <rect className={className} x={props.x - size} y={props.y - size} width={size * 2} height={size * 2} />;
    case 2:
      return <polygon className={className} points={`${props.x},${props.y - size - 1} ${props.x + size + 1},${props.y + size} ${props.x - size - 1},${props.y + size}`} />;
    case 3:
      return <polygon className={className} points={`${props.x},${props.y - size - 1} ${props.x + size + 1},${props.y} ${props.x},${props.y + size + 1} ${props.x - size - 1},${props.y}`} />;
    default:
      return <rect className={className} x={props.x - size} y={props.y - size / 2} width={size * 2} height={size} />;
  }
}

export const seriesCount = 6;

export function seriesClass(index: number): string | undefined {
  return styles[`series${index % seriesCount}`];
}

/** Dash patterns, a second cue beside colour for lines. */
export const seriesDash = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"] as const;
