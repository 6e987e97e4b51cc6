// The shape of a risk screen: what the turn pipeline, safety events and the CLI read.
import type { RiskTier } from "../domain.ts";

/** What a risk cue is about. Ordered roughly by how much they matter; `categories` follow this order. */
export const riskCategories = [
  /** An attempt under way or just made: pills taken, standing on the bridge, a cut that won't stop. */
  "attempt-in-progress",
  /** A plan, intent, means, method research or a time set. */
  "plan-or-means",
  /** Goodbyes, notes, giving things away, putting affairs in order. */
  "preparations",
  /** Passive or active thoughts of suicide or of being dead. */
  "suicidal-thoughts",
  /** Urges to self-harm, or self-harm done. */
  "self-harm",
  /** Thoughts, urges or intent to harm another person. */
  "harm-to-others",
  /** Abuse or violence the client is living with (done to them or in their home). */
  "abuse-or-violence",
  /** Hopelessness, worthlessness, heavy distress: concern, not crisis. */
  "hopelessness",
  /** Someone else (a friend, a partner) is at risk: concern for the client, who is carrying it. */
  "someone-else-at-risk",
  /** Self-harm, suicidal thoughts, an attempt or abuse that is clearly in the past ("5 years clean"). */
  "history-of-risk",
] as const;
export type RiskCategory = (typeof riskCategories)[number];

/** Character offsets into the text as the client wrote it; `text.slice(start, end)` is the cue. */
export interface RiskSpan {
  start: number;
  end: number;
  category: RiskCategory;
}

export interface RiskScreen {
  tier: RiskTier;
  /** Every category seen at `concern` or above, in {@link riskCategories} order. */
  categories: RiskCategory[];
  /** The text the tier rests on, sorted by position. Empty when the tier is `none`. */
  spans: RiskSpan[];
}

/** A little of the conversation before the message being screened. */
export interface RiskContext {
  /** The companion's message just before this one, exactly as shown. Used to read short answers
   * ("yes", "kind of", "no") to a safety question ("Are you safe right now?"). */
  previousCompanionMessage?: string | undefined;
  /** The client's last few messages before this one, oldest first. Used to read means, timing and
   * goodbyes ("i have pills", "tonight", "thank you for everything") after talk of suicide. */
  recentClientMessages?: readonly string[] | undefined;
}

export interface ScreenRiskInput {
  text: string;
  context?: RiskContext | undefined;
}
