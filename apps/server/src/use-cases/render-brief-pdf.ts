// The session brief as a PDF, rendered in-process from the same body GET /brief answers, so it holds
// exactly what the client's consent shows — nothing is read again, nothing is added.
import { shortDate } from "@between/core";
import type { SessionBrief } from "@between/contracts";
import { PdfDocument } from "../pdf/pdf-writer.ts";

const levelWords: Readonly<Record<SessionBrief["level"], string>> = {
  signals: "patterns only (no words of theirs)",
  moments: "patterns and what they bring to session",
  summaries: "patterns, what they bring, and conversation summaries",
  transcripts: "everything, including full conversations",
};

const statusWords: Readonly<Record<SessionBrief["intentions"]["items"][number]["status"], string>> = {
  kept: "done",
  dropped: "changed their mind",
  postponed: "not yet",
  pending: "no outcome yet",
  overdue: "past its date, no outcome",
};

function fullDate(date: string): string {
  return `${shortDate(date)} ${date.slice(0, 4)}`;
}

export function renderBriefPdf(brief: SessionBrief, options: { clientName: string }): Buffer {
  const title = `Session brief: ${options.clientName}`;
  const pdf = new PdfDocument({ title });
  const heading = (text: string): void => {
    pdf.keep(40);
    pdf.space(6);
    pdf.text(text, { size: 12.5, weight: "bold", after: 4 });
  };
  const bullet = (text: string, indent = 0): void => {
    pdf.text(`•  ${text}`, { indent: indent + 4, after: 2 });
  };

  pdf.text(title, { size: 18, weight: "bold", after: 4 });
  const since = brief.basis === "since-last-session" && brief.lastSessionAt !== null ? `Since the session on ${fullDate(brief.window.fromDate)}` : `From ${fullDate(brief.window.fromDate)}`;
  pdf.text(`${since} to ${fullDate(brief.window.toDate)} (${brief.window.days} days). Shared: ${levelWords[brief.level]}.`, { muted: true, after: 8 });
  pdf.rule();

  heading("Headline");
  for (const line of brief.headline) bullet(line);

  heading("Narrative");
  pdf.text(brief.narrative.text);
  if (brief.narrative.generated) {
    pdf.text(`Written by a language model (${brief.narrative.model ?? "model"}) from the evidence in this brief: check it against that evidence. From the analysers: ${brief.narrative.template}`, { size: 8.5, muted: true });
  }

  if (brief.themes.length > 0) {
    heading("Themes");
    for (const theme of brief.themes) {
      const trend = theme.previousShare === null ? "" : `, ${theme.direction} (previous window ${Math.round(theme.previousShare * 100)}%)`;
      const words = theme.words.length === 0 ? "" : `; in words like ${theme.words.map((word) => `“${word}”`).join(", ")}`;
      bullet(`${theme.label}: ${theme.messages} messages, ${Math.round(theme.share * 100)}%${trend}${words}`);
    }
  }

  heading("What they brought to session");
  if (brief.brought === null) pdf.text("Not shared: this client shares patterns only.", { muted: true });
  else if (brief.brought.length === 0) pdf.text("Nothing marked in this window.", { muted: true });
  else for (const item of brief.brought) bullet(`${shortDate(item.date)} (${item.kind}): “${item.text}”`);

  heading("Intentions and practices");
  if (brief.intentions.items.length === 0 && brief.practices.length === 0) pdf.text("None recorded in this window.", { muted: true });
  for (const item of brief.intentions.items) {
    const due = item.dueDate === null ? "" : `, due ${shortDate(item.dueDate)}`;
    const outcome = item.outcomeDate === null ? statusWords[item.status] : `${statusWords[item.status]} (${shortDate(item.outcomeDate)})`;
    bullet(`Intention${item.withLabel === null ? "" : ` with ${item.withLabel}`}${due}: ${outcome}`);
  }
  for (const practice of brief.practices) {
    bullet(
      `Practice “${practice.title}” (${practice.cadence.times} a ${practice.cadence.every}${practice.status === "ended" ? ", ended" : ""}): in this window done ${practice.inWindow.done}, not done ${practice.inWindow.notDone}; since it started, done ${practice.adherence.done} of ${practice.adherence.expected} expected`,
    );
  }

  heading("Questionnaires");
  if (brief.questionnaires.length === 0) pdf.text("No PHQ-9 or GAD-7 on record.", { muted: true });
  for (const item of brief.questionnaires) {
    const latest = item.latest === null ? "no score in this window" : `${item.latest.score} (${item.latest.band}) on ${shortDate(item.latest.date)}`;
    const change =
      item.change === null
        ? ""
        : `; ${item.change.change > 0 ? "+" : ""}${item.change.change} against ${item.change.against === "previous" ? "the previous score" : "the first on record"} (${item.change.reliable}; reliable change is ${item.threshold} points)`;
    bullet(`${item.label}: ${latest}${change}`);
  }

  heading("Signals");
  if (brief.signals.length === 0) pdf.text("Nothing stood out in this window.", { muted: true });
  for (const signal of brief.signals) {
    pdf.keep(48);
    pdf.text(`${signal.category === "attention" ? "Worth raising: " : ""}${signal.statement}`, { weight: signal.category === "attention" ? "bold" : "regular", after: 2 });
    const counts = Object.entries(signal.evidence.counts)
      .map(([key, value]) => `${key} ${value}`)
      .join(", ");
    pdf.text(`Evidence: ${counts}${signal.evidence.days.length > 0 ? `; days ${signal.evidence.days.map(shortDate).join(", ")}` : ""}${signal.evidence.messageIds.length > 0 ? `; ${signal.evidence.messageIds.length} messages` : ""}.`, { size: 8.5, muted: true, indent: 10, after: 2 });
    for (const excerpt of signal.evidence.excerpts.slice(0, 3)) pdf.text(`“${excerpt.text}”`, { size: 9, indent: 10, after: 2 });
    pdf.text(`Why: ${signal.why}`, { size: 8.5, muted: true, indent: 10 });
  }

  heading("Questions worth asking");
  for (const question of brief.questions) bullet(question);

  pdf.space(8);
  pdf.rule();
  pdf.text("Signals describe what the client wrote and did between sessions, from what they chose to share. They are things to explore together, not diagnoses. Private conversations are never included.", { size: 8.5, muted: true });
  return pdf.toBuffer();
}
