// Regulation: mean distress (0–10) before and after the calming exercises, overall and per exercise.
import { ChartFigure } from "./chart-figure.tsx";
import { regulationChart, type Charts } from "./chart-data.ts";
import styles from "./charts.module.css";

const width = 640;
const rowHeight = 26;
const left = 70;
const right = 40;

export function RegulationChart(props: { regulation: Charts["regulation"] }) {
  const chart = regulationChart(props.regulation);
  const plot = width - left - right;
  const scale = (rating: number) => (rating / 10) * plot;
  const bars = [
    { key: "before", label: "Before", value: chart.before, className: styles.bar },
    { key: "after", label: "After", value: chart.after, className: styles.barAfter },
  ];
  const height = bars.length * rowHeight + 22;
  return (
    <ChartFigure
      title="Distress before and after calming exercises"
      summary={chart.summary}
      table={
        <table className={styles.table}>
          <caption className="visually-hidden">Mean change in distress (0–10) by exercise</caption>
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col" className={styles.num}>
                Rated before and after
              </th>
              <th scope="col" className={styles.num}>
                Mean change
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">All exercises</th>
              <td className={styles.num}>{props.regulation.rated}</td>
              <td className={styles.num}>{chart.change === null ? "–" : chart.change.toFixed(1)}</td>
            </tr>
            {chart.rows.map((row) => (
              <tr key={row.exercise}>
                <th scope="row">{row.label}</th>
                <td className={styles.num}>{row.rated}</td>
                <td className={styles.num}>{row.meanChange === null ? "–" : row.meanChange.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {chart.before === null || chart.after === null ? null : (
        <svg viewBox={`0 0 ${width} ${height}`} focusable="false">
          {bars.map((bar, index) => (
            <g key={bar.key}>
              <text className={styles.label} x={left - 8} y={index * rowHeight + 17} textAnchor="end">
                {bar.label}
              </text>
              <rect className={styles.track} x={left} y={index * rowHeight + 4} width={plot} height={18} rx={3} />
              <rect className={bar.className} x={left} y={index * rowHeight + 4} width={scale(bar.value ?? 0)} height={18} rx={3} />
              <text className={styles.label} x={left + scale(bar.value ?? 0) + 6} y={index * rowHeight + 17}>
                {(bar.value ?? 0).toFixed(1)}
              </text>
            </g>
          ))}
          {[0, 5, 10].map((tick) => (
            <text key={tick} className={styles.tick} x={left + scale(tick)} y={height - 4} textAnchor="middle">
              {tick}
            </text>
          ))}
        </svg>
      )}
    </ChartFigure>
  );
}
