// Themes over weeks: the share of each week's messages touching a theme, one line per theme.
import { ChartFigure, SeriesMarker, seriesClass, seriesDash } from "./chart-figure.tsx";
import { percent, themesOverWeeks, type Charts } from "./chart-data.ts";
import styles from "./charts.module.css";

const width = 640;
const height = 220;
const pad = { left: 40, right: 16, top: 12, bottom: 28 };

export function ThemesChart(props: { themesByWeek: Charts["themesByWeek"] }) {
  const shaped = themesOverWeeks(props.themesByWeek);
  const { weeks, series } = shaped;
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const top = Math.max(0.25, Math.ceil(Math.max(0, ...series.flatMap((s) => s.shares)) * 4) / 4);
  const x = (index: number) => pad.left + (weeks.length <= 1 ? plotWidth / 2 : (index / (weeks.length - 1)) * plotWidth);
  const y = (share: number) => pad.top + plotHeight - (share / top) * plotHeight;
  const ticks = [0, top / 2, top];
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 6));
  const all = [...series, ...shaped.others];

  return (
    <ChartFigure
      title="Themes over weeks"
      summary={shaped.summary}
      table={
        <table className={styles.table}>
          <caption className="visually-hidden">Share of each week's messages touching each theme</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {weeks.map((week) => (
                <th scope="col" className={styles.num} key={week.week}>
                  {week.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {all.map((s) => (
              <tr key={s.theme}>
                <th scope="row">{s.label}</th>
                {s.shares.map((share, index) => (
                  <td className={styles.num} key={weeks[index]?.week ?? index}>
                    {percent(share)} ({s.counts[index] ?? 0})
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Messages that week</th>
              {weeks.map((week) => (
                <td className={styles.num} key={week.week}>
                  {week.messages}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      }
    >
      {series.length === 0 ? null : weeks.length === 1 ? (
        <SingleWeekBars series={series} />
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${height}`} focusable="false">
            {ticks.map((tick) => (
              <g key={tick}>
                <line className={styles.grid} x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
                <text className={styles.tick} x={pad.left - 6} y={y(tick) + 4} textAnchor="end">
                  {percent(tick)}
                </text>
              </g>
            ))}
            {weeks.map((week, index) =>
              index % labelEvery === 0 ? (
                <text key={week.week} className={styles.tick} x={x(index)} y={height - 8} textAnchor="middle">
                  {week.label}
                </text>
              ) : null,
            )}
            {series.map((s, index) => (
              <g key={s.theme}>
                {weeks.length > 1 && (
                  <polyline
                    className={`${seriesClass(index) ?? ""} ${styles.line}`}
                    strokeDasharray={seriesDash[index % seriesDash.length]}
                    points={s.shares.map((share, i) => `${x(i)},${y(share)}`).join(" ")}
                  />
                )}
                {s.shares.map((share, i) => (
                  <SeriesMarker key={weeks[i]?.week ?? i} index={index} x={x(i)} y={y(share)} />
                ))}
              </g>
            ))}
          </svg>
          <ul className={styles.legend}>
            {series.map((s, index) => (
              <li key={s.theme}>
                <svg viewBox="0 0 28 12" focusable="false">
                  <line className={`${seriesClass(index) ?? ""} ${styles.line}`} strokeDasharray={seriesDash[index % seriesDash.length]} x1={2} x2={26} y1={6} y2={6} />
                  <SeriesMarker index={index} x={14} y={6} size={3.5} />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </ChartFigure>
  );
}

/** One week only: a line has nowhere to go, so each theme is a bar of its share. */
function SingleWeekBars(props: { series: ReturnType<typeof themesOverWeeks>["series"] }) {
  const rowHeight = 26;
  const labelWidth = 200;
  const plot = width - labelWidth - 60;
  const barsHeight = props.series.length * rowHeight + 4;
  return (
    <svg viewBox={`0 0 ${width} ${barsHeight}`} focusable="false">
      {props.series.map((s, index) => {
        const share = s.shares[0] ?? 0;
        return (
          <g key={s.theme}>
            <text className={styles.label} x={labelWidth - 8} y={index * rowHeight + 17} textAnchor="end">
              {s.label}
            </text>
            <rect className={styles.track} x={labelWidth} y={index * rowHeight + 4} width={plot} height={18} rx={3} />
            <rect className={seriesClass(index)} x={labelWidth} y={index * rowHeight + 4} width={plot * share} height={18} rx={3} />
            <text className={styles.label} x={labelWidth + plot * share + 6} y={index * rowHeight + 17}>
              {percent(share)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
