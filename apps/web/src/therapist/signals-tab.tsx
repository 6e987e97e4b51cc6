// Signals with their evidence, and the charts over the same window: themes over weeks, the
// hour × weekday rhythm, questionnaire scores in their bands, the dependency index and its parts,
// regulation before and after; then people, loops and rehearsals as tables.
import ui from "../ui/ui.module.css";
import { Loading } from "../ui/status.tsx";
import { WorkspaceError } from "./query-error.tsx";
import { useSignals, type CaseloadEntry, type ClientSignals } from "./api.ts";
import { shortDate } from "./charts/chart-data.ts";
import { DependencyChart } from "./charts/dependency-chart.tsx";
import { QuestionnaireChart } from "./charts/questionnaire-chart.tsx";
import { RegulationChart } from "./charts/regulation-chart.tsx";
import { RhythmChart } from "./charts/rhythm-chart.tsx";
import { ThemesChart } from "./charts/themes-chart.tsx";
import { levelTitles } from "./format.ts";
import { SignalList } from "./signal-list.tsx";
import styles from "./workspace.module.css";

export function SignalsTab(props: { client: CaseloadEntry }) {
  const signals = useSignals(props.client.id);
  if (signals.isPending) return <Loading label="Reading the signals…" />;
  if (signals.isError) return <WorkspaceError error={signals.error} retry={() => void signals.refetch()} />;
  return <Signals data={signals.data} />;
}

function Signals(props: { data: ClientSignals }) {
  const { data } = props;
  const { charts } = data;
  const attention = data.signals.filter((signal) => signal.category === "attention");
  const patterns = data.signals.filter((signal) => signal.category === "pattern");
  return (
    <div>
      <p className={ui.muted}>
        {shortDate(data.window.fromDate)} – {shortDate(data.window.toDate)} ({data.window.days} days), compared with {shortDate(data.previousWindow.fromDate)} –{" "}
        {shortDate(data.previousWindow.toDate)}. {charts.messages} messages (before: {charts.previousMessages}). The client shares: {levelTitles[data.level]}.
        Signals describe what the client wrote and did: hypotheses to explore, not verdicts.
      </p>

      <section className={styles.section} aria-labelledby="attention-title">
        <h2 id="attention-title">Worth raising</h2>
        <SignalList signals={attention} level={data.level} />
      </section>

      <section className={styles.section} aria-labelledby="charts-title">
        <h2 id="charts-title">Charts</h2>
        <div className={styles.grid}>
          <ThemesChart themesByWeek={charts.themesByWeek} />
          <RhythmChart rhythm={charts.rhythm} />
          <DependencyChart dependency={charts.dependency} />
          <RegulationChart regulation={charts.regulation} />
          {charts.questionnaires.map((questionnaire) => (
            <QuestionnaireChart key={questionnaire.instrument} questionnaire={questionnaire} />
          ))}
        </div>
        {charts.questionnaires.length === 0 && <p>No PHQ-9 or GAD-7 scores in this window.</p>}
      </section>

      <section className={styles.section} aria-labelledby="patterns-title">
        <h2 id="patterns-title">Patterns</h2>
        <SignalList signals={patterns} level={data.level} />
      </section>

      <section className={styles.section} aria-labelledby="people-title">
        <h2 id="people-title">People mentioned</h2>
        {charts.people.length === 0 ? (
          <p>No people mentioned in this window.</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Messages</th>
                <th scope="col">Days</th>
                <th scope="col">Feelings around them</th>
              </tr>
            </thead>
            <tbody>
              {charts.people.map((person) => (
                <tr key={person.key}>
                  <th scope="row">{person.label}</th>
                  <td>{person.messages}</td>
                  <td>{person.days}</td>
                  <td>{person.feelings.map((feeling) => `${feeling.theme} (${feeling.count})`).join(", ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!data.showsWords && <p className={ui.muted}>Names are not shown at this sharing level: people appear by their relation or a letter.</p>}
      </section>

      <section className={styles.section} aria-labelledby="loops-title">
        <h2 id="loops-title">Loops and reassurance</h2>
        {charts.loops.length === 0 ? (
          <p>No worry returning across days in this window.</p>
        ) : (
          <ul>
            {charts.loops.map((loop) => (
              <li key={loop.id}>
                The same worry {loop.count} times over {loop.spanDays} days ({loop.days.map(shortDate).join(", ")})
                {loop.themes.length > 0 && `, around ${loop.themes.map((theme) => theme.theme).join(", ")}`}.
              </li>
            ))}
          </ul>
        )}
        <p>
          Reassurance seeking: {charts.reassurance.messages} {charts.reassurance.messages === 1 ? "message" : "messages"}
          {charts.reassurance.days.length > 0 && ` on ${charts.reassurance.days.length} ${charts.reassurance.days.length === 1 ? "day" : "days"}`}.
        </p>
      </section>

      <section className={styles.section} aria-labelledby="rehearsals-title">
        <h2 id="rehearsals-title">Rehearsals and what happened</h2>
        <p>
          Intentions kept {charts.enactment.kept}, dropped {charts.enactment.dropped}, postponed {charts.enactment.postponed}, pending {charts.enactment.pending}, overdue{" "}
          {charts.enactment.overdue}.
        </p>
        {charts.enactment.rehearsals.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Conversation rehearsed with</th>
                <th scope="col">Rehearsals</th>
                <th scope="col">On</th>
                <th scope="col">Intentions</th>
              </tr>
            </thead>
            <tbody>
              {charts.enactment.rehearsals.map((rehearsal) => (
                <tr key={rehearsal.withWhom}>
                  <th scope="row">{rehearsal.label}</th>
                  <td>{rehearsal.rehearsals}</td>
                  <td>{rehearsal.rehearsalDays.map(shortDate).join(", ")}</td>
                  <td>{rehearsal.intentionIds.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
