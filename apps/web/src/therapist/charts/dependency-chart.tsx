// The dependency index (0–100) as one bar made of its parts, each part's points and what was counted.
import { ChartFigure, seriesClass } from "./chart-figure.tsx";
import { dependencyChart, type Charts } from "./chart-data.ts";
import styles from "./charts.module.css";

const width = 640;
const barTop = 8;
const barHeight = 28;
const height = 60;

export function DependencyChart(props: { dependency: Charts["dependency"] }) {
  const chart = dependencyChart(props.dependency);
  const scale = (points: number) => (points / 100) * width;
  // Each part starts where the parts before it end.
  const segments = chart.parts.map((part, index) => ({
    part,
    index,
    x: scale(chart.parts.slice(0, index).reduce((sum, before) => sum + before.points, 0)),
    width: scale(part.points),
  }));
  return (
    <ChartFigure
      title={`Dependency index: ${chart.index} of 100 (${chart.level})`}
      summary={chart.summary}
      table={
        <table className={styles.table}>
          <caption className="visually-hidden">The dependency index's parts</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">What was counted</th>
              <th scope="col" className={styles.num}>
                Score (0–1)
              </th>
              <th scope="col" className={styles.num}>
                Weight
              </th>
              <th scope="col" className={styles.num}>
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {chart.parts.map((part) => (
              <tr key={part.key}>
                <th scope="row">{part.label}</th>
                <td>{part.detail}</td>
                <td className={styles.num}>{part.score}</td>
                <td className={styles.num}>{part.weight}</td>
                <td className={styles.num}>{part.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg viewBox={`0 0 ${width} ${height}`} focusable="false">
        <rect className={styles.track} x={0} y={barTop} width={width} height={barHeight} rx={4} />
        {segments.map((segment) =>
          segment.width > 0 ? (
            <rect key={segment.part.key} className={`${seriesClass(segment.index) ?? ""} ${styles.separator}`} x={segment.x} y={barTop} width={segment.width} height={barHeight} />
          ) : null,
        )}
        {[0, 35, 55, 100].map((tick) => (
          <text key={tick} className={styles.tick} x={Math.min(width - 12, scale(tick))} y={height - 6} textAnchor={tick === 0 ? "start" : "middle"}>
            {tick}
          </text>
        ))}
      </svg>
      <ul className={styles.legend}>
        {chart.parts.map((part, index) => (
          <li key={part.key}>
            <svg viewBox="0 0 12 12" focusable="false">
              <rect className={seriesClass(index)} x={0} y={0} width={12} height={12} rx={2} />
            </svg>
            {part.label}: {part.points} ({part.detail})
          </li>
        ))}
      </ul>
      {chart.cues.length > 0 && (
        <p className={styles.note}>Attachment cues: {chart.cues.map((cue) => `${cue.label} (${cue.messages})`).join("; ")}.</p>
      )}
    </ChartFigure>
  );
}
