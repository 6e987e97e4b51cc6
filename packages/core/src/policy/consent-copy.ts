// Product copy: what each consent choice means, in the words the client agrees to. The API returns
// these texts with every care link so the web app shows exactly what was agreed. Reviewed as product
// copy: change with care, and keep it true to the access policy beside it.
import type { ConsentLevel } from "../domain.ts";

export interface ConsentLevelText {
  level: ConsentLevel;
  title: string;
  /** What the therapist will see, in plain words. */
  shows: string;
  /** What stays with the client. */
  keeps: string;
}

export const consentLevelTexts: Record<ConsentLevel, ConsentLevelText> = {
  signals: {
    level: "signals",
    title: "Patterns only",
    shows:
      "Your therapist sees counts and trends — which themes come up, when in the day you use Between, how your check-in scores move — but none of your words.",
    keeps: "Every message, note and conversation stays between you and the companion.",
  },
  moments: {
    level: "moments",
    title: "Patterns and what you bring",
    shows:
      "Your therapist sees the patterns, plus the messages and notes you mark \"bring to session\" — only those, and only when you mark them.",
    keeps: "Everything you don't mark stays between you and the companion.",
  },
  summaries: {
    level: "summaries",
    title: "Patterns, what you bring, and summaries",
    shows:
      "Your therapist sees the patterns and what you bring to session, plus a short summary of each conversation.",
    keeps: "The full text of your conversations stays between you and the companion.",
  },
  transcripts: {
    level: "transcripts",
    title: "Everything, including full conversations",
    shows:
      "Your therapist can read your conversations in full, as well as the patterns, summaries and what you bring to session.",
    keeps: "Conversations you mark private stay hidden, whatever level you choose.",
  },
};

export const riskAlertTexts = {
  on: "If something you write suggests you may be in danger, your therapist gets an alert saying so, with the message that raised it, so they can reach out. The companion will also show you crisis lines straight away.",
  off: "Your therapist is not alerted if something you write suggests you may be in danger. The companion will still respond with care and show you crisis lines straight away.",
} as const;

export const consentAlwaysTrue = [
  "You can change this level, or end the link, at any time. It takes effect at once.",
  "Any single conversation can be marked private: your therapist then sees nothing of it, not even in patterns.",
  "You can see exactly what your therapist sees, and every time they looked.",
  "Your safety plan is shared with your therapist at every level, so you can build it together.",
] as const;

export function describeConsent(consent: { level: ConsentLevel; riskAlerts: boolean }) {
  return {
    level: consentLevelTexts[consent.level],
    riskAlerts: consent.riskAlerts ? riskAlertTexts.on : riskAlertTexts.off,
    always: consentAlwaysTrue,
  };
}
