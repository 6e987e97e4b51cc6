// Questions worth asking in session, from the signals of the window. Each is an invitation to
// explore — addressed to the client, open, curious — never a verdict or a diagnosis. Product copy:
// change the words here, and keep them questions.
import type { Signal, WindowSummary } from "../analysis/signals.ts";
import { themeLabels, type ThemeId } from "../text/index.ts";

function questionFor(signal: Signal, summary: WindowSummary): string | null {
  const subject = signal.subject ?? "";
  // Addressed to the client: "their partner" is "your partner".
  const who = (): string => (summary.rehearsals.find((rehearsal) => rehearsal.withWhom === subject)?.label ?? "them").replace(/^their /, "your ");
  switch (signal.kind) {
    case "safety-events":
      return "Some of what you wrote between sessions brought up the companion's safety response. Would it be all right to talk about how things have been at the hardest moments, and to look at your safety plan together?";
    case "questionnaire-item-9":
      return "On the PHQ-9 you said you had had thoughts of being better off dead or of hurting yourself. Could we talk about those thoughts, and what helps you stay safe when they come?";
    case "dependency":
      return "You've been turning to the companion more, sometimes as the one who understands. What does it give you at those moments — and who in your life might you let in on some of it?";
    case "night-use":
      return "The nights seem to be when you reach for the companion most. What tends to be happening for you then?";
    case "rehearsal-avoidance":
      return `You've practised the conversation with ${who()} a few times. What do you notice when the moment to actually say it comes closer?`;
    case "rehearsal-enactment":
      return `You had the conversation with ${who()}. How was it compared with the rehearsal — and what would you want to keep from it?`;
    case "loop":
      return "One worry keeps coming back in much the same words. Would it help to look at it together — what it asks of you, and what happens after you go over it again?";
    case "reassurance":
      return "When you ask whether something is OK, what are you hoping to hear — and how long does the relief last once you hear it?";
    case "questionnaire":
      return signal.category === "attention"
        ? `Your ${signal.subject === "gad7" ? "GAD-7" : "PHQ-9"} answers have moved up since before. How have these weeks felt from the inside?`
        : `Your ${signal.subject === "gad7" ? "GAD-7" : "PHQ-9"} answers have come down. What do you think has been helping?`;
    case "practice": {
      const done = signal.evidence.counts.done ?? 0;
      const notDone = signal.evidence.counts.notDone ?? 0;
      const title = summary.practices.find((practice) => practice.id === subject)?.title ?? "the practice";
      return notDone > done ? `What got in the way of “${title}” on the days it didn't happen?` : `What did you notice on the days you did “${title}”?`;
    }
    case "regulation-effect":
      return "You used the calming exercises a few times. Which one helped most, and could you use it without the app, too?";
    case "theme":
      return subject in themeLabels ? `${capitalise(themeLabels[subject as ThemeId])} came up often. What of that would you like to bring into today's session?` : null;
    // An emotion signal is a model's reading of the words: context for the therapist, too weak to
    // put a question on.
    case "emotion":
    case "person":
    case "rhythm":
      return null;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Up to `max` questions, from the signals in the order given (attention first), then an open one. */
export function questionsWorthAsking(input: { signals: readonly Signal[]; summary: WindowSummary; max?: number }): string[] {
  const { signals, summary } = input;
  const max = input.max ?? 5;
  const out: string[] = [];
  const seenKinds = new Set<string>();
  for (const signal of signals) {
    if (out.length >= max - 1) break;
    // One question per kind, except themes (the top one only) and people (none).
    if (seenKinds.has(signal.kind)) continue;
    const question = questionFor(signal, summary);
    if (question === null) continue;
    seenKinds.add(signal.kind);
    out.push(question);
  }
  out.push("What from these weeks would you most like to bring into today's session?");
  return out;
}
