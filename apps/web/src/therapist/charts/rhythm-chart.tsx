// The rhythm: messages by hour of day and weekday in the client's time zone, night hours marked.
import { ChartFigure } from "./chart-figure.tsx";
import { hourLabel, rhythmHeatmap, type Charts } from "./chart-data.ts";
import styles from "./charts.module.css";

const cell = 22;
const gap = 2;
const left = 40;
const top = 22;

export function RhythmChart(props: { rhythm: Charts["rhythm"] }) {
  const heat = rhythmHeatmap(props.rhythm);
  const width = left + 24 * (cell + gap);
  const height = top + 7 * (cell + gap) + 4;
  return (
    <ChartFigure
      title="When the companion is used (hour × weekday)"
      summary={heat.summary}
      table={
        <table className={styles.table}>
          <caption className="visually-hidden">Messages by weekday and hour, client's local time</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {heat.hourTotals.map((_, hour) => (
                <th scope="col" className={styles.num} key={hour}>
                  {String(hour).padStart(2, "0")}
                </th>
              ))}
              <th scope="col" className={styles.num}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {heat.rows.map((row) => (
              <tr key={row.weekday}>
                <th scope="row">{row.label}</th>
                {row.cells.map((c) => (
                  <td className={styles.num} key={c.hour}>
                    {c.count}
                  </td>
                ))}
                <td className={styles.num}>{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg viewBox={`0 0 ${width} ${height}`} focusable="false">
        {[0, 3, 6, 9, 12, 15, 18, 21].map((hour) => (
          <text key={hour} className={styles.tick} x={left + hour * (cell + gap) + cell / 2} y={top - 8} textAnchor="middle">
            {hourLabel(hour)}
          </text>
        ))}
        {heat.rows.map((row) => (
          <g key={row.weekday}>
            <text className={styles.tick} x={left - 6} y={top + row.weekday * (cell + gap) + cell / 2 + 4} textAnchor="end">
              {row.short}
            </text>
            {row.cells.map((c) => (
              <rect
                key={c.hour}
                className={c.count > 0 ? styles.heatCell : c.night ? styles.heatEmptyNight : styles.heatEmpty}
                fillOpacity={c.count === 0 ? 1 : 0.18 + 0.82 * c.intensity}
                x={left + c.hour * (cell + gap)}
                y={top + row.weekday * (cell + gap)}
                width={cell}
                height={cell}
                rx={3}
              />
            ))}
          </g>
        ))}
      </svg>
      <p className={styles.note}>Tinted squares: night, 00:00–05:00. Darker squares: more messages (busiest: {heat.max}).</p>
    </ChartFigure>
  );
}
