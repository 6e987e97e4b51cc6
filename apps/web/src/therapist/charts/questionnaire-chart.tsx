// PHQ-9 or GAD-7 scores over time, drawn over the published severity bands.
import { ChartFigure } from "./chart-figure.tsx";
import { questionnaireChart, type Charts } from "./chart-data.ts";
import styles from "./charts.module.css";

const width = 640;
const height = 220;
const pad = { left: 36, right: 170, top: 10, bottom: 28 };
const bandClasses = [styles.band0, styles.band1, styles.band2, styles.band3, styles.band4];

export function QuestionnaireChart(props: { questionnaire: Charts["questionnaires"][number] }) {
  const chart = questionnaireChart(props.questionnaire);
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const y = (score: number) => pad.top + plotHeight - (score / chart.maxScore) * plotHeight;
  const n = chart.points.length;
  // Spaced by date: two scores a week apart sit closer than two a month apart.
  const x = (day: number) => pad.left + (chart.spanDays === 0 ? plotWidth / 2 : (day / chart.spanDays) * plotWidth);
  const labelEvery = Math.max(1, Math.ceil(n / 6));
  return (
    <ChartFigure
      title={`${chart.label} scores`}
      summary={chart.summary}
      table={
        <table className={styles.table}>
          <caption className="visually-hidden">{chart.label} scores and bands</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className={styles.num}>
                Score (of {chart.maxScore})
              </th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((point) => (
              <tr key={point.id}>
                <th scope="row">{point.label}</th>
                <td className={styles.num}>{point.score}</td>
                <td>{point.band}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg viewBox={`0 0 ${width} ${height}`} focusable="false">
        {chart.bands.map((band, index) => {
          // A band covers its whole integer range: from min (bottom edge) to max + 1 (top edge), clipped to the scale.
          const topScore = Math.min(chart.maxScore, band.max + 1);
          const bottomScore = band.min;
          return (
            <g key={band.label}>
              <rect className={bandClasses[index]} x={pad.left} width={plotWidth} y={y(topScore)} height={y(bottomScore) - y(topScore)} />
              <text className={styles.tick} x={pad.left + plotWidth + 6} y={(y(topScore) + y(bottomScore)) / 2 + 4}>
                {band.label} ({band.min}–{band.max})
              </text>
            </g>
          );
        })}
        {[0, Math.round(chart.maxScore / 3), Math.round((2 * chart.maxScore) / 3), chart.maxScore].map((tick) => (
          <text key={tick} className={styles.tick} x={pad.left - 6} y={y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        ))}
        <line className={styles.axis} x1={pad.left} x2={pad.left} y1={pad.top} y2={pad.top + plotHeight} />
        {n > 1 && <polyline className={`${styles.series0} ${styles.line}`} points={chart.points.map((p) => `${x(p.day)},${y(p.score)}`).join(" ")} />}
        {chart.points.map((point, index) => (
          <g key={point.id}>
            <circle className={styles.point} cx={x(point.day)} cy={y(point.score)} r={4.5} />
            {index % labelEvery === 0 || index === n - 1 ? (
              <text className={styles.tick} x={x(point.day)} y={height - 8} textAnchor="middle">
                {point.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}
