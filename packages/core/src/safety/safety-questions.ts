// Reading a short answer in the light of the companion's question. "yes" means nothing alone; after
// "Are you thinking about ending your life?" it is suicidal thoughts disclosed (urgent), after "Do you
// have a plan?" it is a plan (imminent), and after "Are you safe right now?" it is the opposite: the
// client is telling us they are safe, while "no", "not really" or "idk" is an emergency.
import type { RiskTier } from "../domain.ts";
import type { RiskCategory } from "./risk-types.ts";

export type SafetyQuestionKind =
  /** "Are you having thoughts of ending your life?", "Are you thinking of hurting yourself?" */
  | "thoughts"
  /** "Do you have a plan?", "Do you have access to the pills?", "When were you thinking of doing it?" */
  | "plan-or-means"
  /** "Have you taken anything?", "Did you hurt yourself?" */
  | "attempt"
  /** "Are you safe right now?", "Can you keep yourself safe tonight?" — "no" is the risk answer. */
  | "safety"
  /** "Is someone hurting you?" */
  | "abuse"
  /** "Do you feel safe at home?" — "no" is the risk answer. */
  | "safety-at-home";

const questionPatterns: readonly (readonly [SafetyQuestionKind, RegExp])[] = [
  ["safety-at-home", /\b(?:feel )?safe (?:at home|where you live|with (?:him|her|them|your \w+)|around (?:him|her|them))\b/],
  ["abuse", /\b(?:is|are|has|have|does|do) (?:someone|anyone|he|she|they|somebody|your \w+)(?: \w+){0,3}? (?:been )?(?:hurting|hitting|harming|hurt|hit|harmed|touched|threatening|threatened|abusing|abused|hurt) you\b/],
  ["attempt", /\b(?:have you|did you|have you already|did you already) (?:\w+ )?(?:taken|take|swallowed|swallow|done|do|hurt|cut|harmed|tried) (?:anything|something|any|it|them|yourself|pills|too many|an overdose)\b(?! for (?:the|your|a|that|this|my|it|pain|sleep|allergies|hay fever) (?!pain\b)(?:\w+))|\bdone anything to (?:hurt|harm)\b/],
  ["plan-or-means", /\b(?:a plan(?! for (?:the|this|your|tonight|tomorrow|today|dinner|lunch|breakfast|next|after|when|if|how you (?:will|would|could) (?:cope|stay|get|manage|keep)))|any plans? (?:to|for)|plans? to (?:end|kill|hurt|harm|die)|thought about how|know how you|how you (?:would|might|will|d)|when you (?:would|might|will|were thinking|are thinking|plan)|(?:when|how|where) (?:are|were|would|will) you (?:planning|going|thinking|think|intending)|(?:planning|going|intending) to do it|(?:when|how|where) do you (?:think|plan|want|intend|expect)|you (?:might|would|will|could|d) do it|thought about when|decided (?:how|when|where)|access to|the means|anything (?:near|around|with|close to) you|(?:pills|gun|weapon|knife|rope|medication|meds|firearm) (?:nearby|near you|with you|at home|in the house|around)|have (?:the |any )?(?:pills|gun|weapon|knife|rope|firearm)|where you would|what you would use|how would you)\b/],
  ["thoughts", /\b(?:suicid\w*|killing yourself|kill yourself|end(?:ing)? (?:your|your own) life|end(?:ing)? it all|taking your (?:own )?life|take your (?:own )?life|hurting yourself|hurt yourself|harming yourself|harm yourself|self harm\w*|cutting|wish(?:ing)? you (?:were|was) dead|better off dead|want(?:ing)? to die|not (?:be|being) (?:here|alive)|not wake up|not waking up|thoughts? (?:of|about) (?:dying|death)|(?:think|thinking) about (?:dying|death))\b/],
  ["safety", /\b(?:are you safe|(?:can|could|will) you (?:keep|stay) (?:yourself )?safe|keep yourself safe|are you in (?:danger|a safe place)|(?:are you )?somewhere safe|safe (?:right now|tonight|now)|are you okay right now|are you ok right now)\b/],
];

/** The kinds of safety question in the last question the companion asked (empty when none). */
export function readCompanionQuestion(normalisedCompanionText: string): Set<SafetyQuestionKind> {
  const questions = normalisedCompanionText.split(/(?<=\?)/).filter((part) => part.includes("?"));
  const kinds = new Set<SafetyQuestionKind>();
  // The answer addresses the last question that is a safety question.
  for (let i = questions.length - 1; i >= 0; i--) {
    const question = questions[i] ?? "";
    const sentence = question.slice(Math.max(0, question.search(/[^.!\n]*\?$/)));
    for (const [kind, pattern] of questionPatterns) if (pattern.test(sentence)) kinds.add(kind);
    if (kinds.has("safety-at-home")) kinds.delete("safety");
    if (kinds.size > 0) return kinds;
  }
  return kinds;
}

export type AnswerKind = "yes" | "hedged" | "unsure" | "no" | "safe" | "timeline";

const answerPatterns: readonly (readonly [AnswerKind, RegExp])[] = [
  ["safe", /\b(?:im|i am|ill be|i will be|i feel|i'm) (?:safe|okay|ok|fine|alright|all right)\b|\bi wont (?:do anything|hurt myself)\b|\bi can (?:keep myself|stay) safe\b/],
  ["timeline", /^(?:tonight|tomorrow|today|this weekend|soon|right now|now|in (?:an|a few|\d+) (?:hours?|minutes?|days?)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when (?:everyone|they|he|she)\b[^.]*(?:asleep|gone|leaves?|out)|after (?:everyone|they)\b|next week)\b/],
  ["unsure", /^(?:i dont know|i dont even know|dont know|not sure|im not sure|i have no idea|no idea|hard to say|i cant say|who knows|unsure|i cant tell|maybe not)\b/],
  ["hedged", /^(?:kind of|sort of|a (?:little|bit)|a little bit|somewhat|maybe|sometimes|possibly|partly|i guess|guess so|i think|on and off|here and there|some days|lately|more or less|not exactly|not completely|not totally|not fully|i suppose|ish)\b/],
  ["no", /^(?:no|nope|nah|naw|not really|not at all|never|i dont|im not|i havent|i didnt|no way|of course not|definitely not|nothing like that|not anymore|n)\b/],
  ["yes", /^(?:yes|yeah|yea|yeh|yep|yup|ya|yah|y|yess|mhm|mhmm|mm|uh huh|i do|i am|im|i have|ive|i did|ive already|i already|already|i think so|probably|definitely|absolutely|of course|sure|true|correct|right|always|all the time|every day|a lot|often|constantly|honestly yes|sadly yes|unfortunately|i have (?:one|them|it)|i got (?:them|it)|took|taken|done|(?:its|theyre|they are|it is|i have it|i have them|ive got it|ive got them) (?:in my (?:hand|hands|pocket|bag|lap|room)|here|right here|with me|next to me|on me|in front of me))\b/],
];

/** What a short reply says, or null when it is not a short answer. */
export function readAnswer(normalisedText: string): AnswerKind | null {
  const text = normalisedText.replace(/^[\s.,!?"]+/, "").trim();
  if (text.length === 0 || text.split(/\s+/).length > 12) return null;
  for (const [kind, pattern] of answerPatterns) if (pattern.test(text)) return kind;
  return null;
}

export interface AnswerRisk {
  tier: RiskTier;
  category: RiskCategory;
}

/** The risk an answer carries, given the kinds of question it answers (null: no risk). */
export function riskOfAnswer(kinds: ReadonlySet<SafetyQuestionKind>, answer: AnswerKind): AnswerRisk | null {
  const risks: AnswerRisk[] = [];
  for (const kind of kinds) {
    const risk = riskOfAnswerTo(kind, answer);
    if (risk !== null) risks.push(risk);
  }
  // "no" to a question that asks both "are you safe" and "are you thinking of ending your life" could
  // mean either: read it as urgent rather than guess.
  const polarities = new Set([...kinds].map((kind) => kind === "safety" || kind === "safety-at-home"));
  if (answer === "no" && polarities.size > 1) return { tier: "urgent", category: "suicidal-thoughts" };
  const order: RiskTier[] = ["none", "concern", "urgent", "imminent"];
  risks.sort((a, b) => order.indexOf(b.tier) - order.indexOf(a.tier));
  return risks[0] ?? null;
}

function riskOfAnswerTo(kind: SafetyQuestionKind, answer: AnswerKind): AnswerRisk | null {
  switch (kind) {
    case "thoughts":
      return answer === "yes" || answer === "hedged" || answer === "unsure" || answer === "timeline" ? { tier: "urgent", category: "suicidal-thoughts" } : null;
    case "plan-or-means":
      if (answer === "yes" || answer === "hedged" || answer === "timeline") return { tier: "imminent", category: "plan-or-means" };
      return answer === "unsure" ? { tier: "urgent", category: "suicidal-thoughts" } : null;
    case "attempt":
      if (answer === "yes" || answer === "hedged") return { tier: "imminent", category: "attempt-in-progress" };
      return answer === "unsure" ? { tier: "urgent", category: "suicidal-thoughts" } : null;
    case "safety":
      if (answer === "no" || answer === "unsure") return { tier: "imminent", category: "suicidal-thoughts" };
      return answer === "hedged" ? { tier: "urgent", category: "suicidal-thoughts" } : null;
    case "abuse":
      return answer === "yes" || answer === "hedged" || answer === "unsure" ? { tier: "urgent", category: "abuse-or-violence" } : null;
    case "safety-at-home":
      return answer === "no" || answer === "hedged" || answer === "unsure" ? { tier: "urgent", category: "abuse-or-violence" } : null;
  }
}
