// PRODUCT COPY — check-ins: the mood question, the questionnaire introductions, and what is said
// between items. The questionnaire items themselves come verbatim from `questionnaires/` and are
// never rephrased here. These replies are fixed (the same whichever engine runs). Scores are given
// as numbers, without clinical interpretation: that conversation belongs with the therapist.

export const checkInCopy = {
  askMood: [
    "How's your mood right now, from 0 (the lowest) to 10 (the best)?",
    "Quick check-in: from 0 (the lowest) to 10 (the best), where's your mood right now?",
  ],
  askMoodAgain: "A number from 0 to 10 is enough — 0 the lowest, 10 the best.",
  askMoodWord: ["And one word for it?", "If you had one word for it, what would it be?"],
  moodSaved: "{score} — \"{word}\". Thank you, that's saved.",
  moodSavedNoWord: "{score}. Thank you, that's saved.",
  offerQuestionnaire: "Would you like to do the PHQ-9 (mood) or the GAD-7 (worry) as well? Each takes about two minutes.",
  offerQuestionnaireAgain: "The PHQ-9, the GAD-7, or not now?",
  questionnaireLabels: { phq9: "PHQ-9", gad7: "GAD-7", none: "Not now" },
  /** Shown once before the first item. {count} items; {stem} verbatim from the instrument. */
  intro: "This is the {name}: {count} short questions. {stem}",
  /** Before every item: its number. The item's text follows verbatim. */
  itemPrefix: "{number} of {count}: ",
  answerAgain: "Please choose one: Not at all, Several days, More than half the days, or Nearly every day.",
  functionalAgain: "Please choose one: Not difficult at all, Somewhat difficult, Very difficult, or Extremely difficult.",
  completed:
    "Thank you — that's all {count}. Your total is {total} out of {max}. It's saved with your check-ins, where you can see it over time, and your therapist can go through it with you.",
  stopped: "We can stop here. Nothing is saved from a half-finished questionnaire, and you can start again any time.",
  afterCheckIn: ["Is there anything you'd like to talk about now?", "Anything on your mind you'd like to say more about?"],
  declined: ["That's fine. Is there anything you'd like to talk about?", "Okay. Anything on your mind before you go?"],
} as const;
