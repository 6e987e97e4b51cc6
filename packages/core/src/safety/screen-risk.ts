// The risk screen: pure, deterministic, no model. It runs before any generation on every client
// message. Patterns (risk-rules.ts) find cues; this file decides what each cue means in its sentence
// and returns the tier, the categories and the spans of the client's text it rests on.
//
// Where the lines are drawn (each has tests in test/safety/screen-risk.test.ts):
// - Negation cancels a cue when a negator governs it ("im not going to kill myself", "i would never
//   hurt myself", "no thoughts of suicide") but not when the negation is the risk ("i dont want to live
//   anymore") or is a hedge ("i cant promise i wont hurt myself", "not sure i want to be alive").
// - Someone else: a cue whose subject is another person ("my friend said she wants to die") is not the
//   client's risk; for suicide and self-harm it becomes `concern` (someone-else-at-risk), because the
//   client is carrying it. A generic subject ("why do people want to die", "you") is nothing. The
//   client included ("my friend and i both want to die") is the client.
// - Fiction and quotes: a cue after "in the book/film/song…" or inside quotes after "the lyrics go" or
//   "she said" is not the client's — unless the client comes back in between ("that movie made me
//   want to die" is the client).
// - Past: "used to", "years ago", "when i was 16", "5 years clean" make self-harm, suicidal thoughts,
//   attempts and abuse history-of-risk (concern), unless the same clause is recent ("relapsed",
//   "again", "last night"). A past attempt without such a marker ("i tried to kill myself last month")
//   stays urgent.
// - Figures of speech: most never match ("this meeting is killing me", "dead tired", "dying to see
//   it", "murder a pizza"). A death wish is read as hyperbole only when the message both laughs (lol,
//   lmao, haha, omg, 😂, 💀) and gives it a trivial cause (embarrassment, cringe, a printer, Mondays,
//   "one more time") and nothing says it is meant ("for real", "honestly", "anymore", "every day").
//   Laughter alone is not enough: "i want to die lol" stays urgent, because people mask. Embarrassment
//   alone ("im so embarrassed i want to die") is concern.
// - Imminent: intent ("im going to kill myself"), a time ("tonight", "when everyone's asleep"), means
//   or method research ("how many pills would it take"), preparations ("i wrote letters to everyone"),
//   an attempt under way ("i took all the pills"). Ambiguous means, times and goodbyes ("i have pills",
//   "tonight is the night", "thank you for everything") are imminent beside talk of suicide in the same
//   message or the recent context, or when two of them come together.
// - Context: a short answer is read against the companion's last safety question (safety-questions.ts).
import { riskTiers, type RiskTier } from "../domain.ts";
import { normaliseText, originalSpan, type NormalisedText } from "./normalise-text.ts";
import { everydayReason, findNetHits, netRules, scoreNet } from "./risk-net.ts";
import { adverbs, riskRules, type LatentKind, type RiskRule } from "./risk-rules.ts";
import { riskCategories, type RiskCategory, type RiskContext, type RiskScreen, type RiskSpan, type ScreenRiskInput } from "./risk-types.ts";
import { readAnswer, readCompanionQuestion, riskOfAnswer } from "./safety-questions.ts";

/** Why a cue was dropped or moved; `kept` when it stands as the rule says. */
export type CueNote =
  | "kept"
  | "intent"
  | "timeline"
  | "weapon"
  | "recent-attempt"
  | "answer"
  | "latent-with-ideation"
  | "latent-combined"
  | "latent-alone"
  | "latent-unresolved"
  | "negated"
  | "fiction"
  | "someone-else"
  | "generic-person"
  | "history"
  | "figurative"
  | "embarrassment"
  | "no-modal"
  | "hyperbole"
  | "excluded";

export interface RiskCue {
  rule: string;
  tier: RiskTier;
  categories: RiskCategory[];
  /** Offsets into the original text. */
  start: number;
  end: number;
  note: CueNote;
}

export interface RiskExplanation {
  screen: RiskScreen;
  /** Every cue found, dropped ones included (tier `none`), for evaluation and tests. Holds no text. */
  cues: RiskCue[];
}

/** Screens one client message. Deterministic; takes well under a millisecond for a chat message. */
export function screenRisk(input: ScreenRiskInput): RiskScreen {
  return explainRisk(input).screen;
}

/** {@link screenRisk} with the cues it rests on, dropped ones included. */
export function explainRisk(input: ScreenRiskInput): RiskExplanation {
  const normalised = normaliseText(input.text);
  const doc = analyse(normalised);
  const cues: RiskCue[] = [];
  const latents: { cue: RiskCue; kind: LatentKind; alone: boolean; tokens: number }[] = [];

  for (const rule of riskRules) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(doc.text); match !== null; match = rule.pattern.exec(doc.text)) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const cue = judgeCue(doc, rule, match.index, match.index + match[0].length);
      if (rule.latent !== null && cue.note === "kept") {
        latents.push({ cue, kind: rule.latent, alone: rule.alone, tokens: countWords(match[0]) });
        cue.note = "latent-unresolved";
        cue.tier = "none";
      }
      cues.push(cue);
    }
  }

  // Hopelessness piled up ("worthless, hopeless, completely alone, a burden") is where a clinician asks
  // about suicide directly: three or more distinct cues about the client in one message → urgent.
  const hopeless = cues.filter((cue) => cue.tier === "concern" && cue.rule === "concern.hopeless");
  const distinct = new Set(hopeless.map((cue) => input.text.slice(cue.start, cue.end).toLowerCase()));
  if (distinct.size >= 3) for (const cue of hopeless) cue.tier = "urgent";

  const context = readContext(input.context);
  const answer = answerCue(doc, input.context);
  if (answer !== null) cues.push(answer);

  // Ambiguous means, times and goodbyes stand beside talk of suicide, or together, or alone.
  const ideation = context.ideation || cues.some((cue) => cue.tier !== "none" && riskTierAtLeastUrgent(cue.tier) && cue.categories.some((c) => suicidalCategories.has(c)));
  const kinds = new Set(latents.map((latent) => latent.kind));
  // Two acts of leaving ("gave all my money away", "cancelled my phone contract") or two signs of a
  // plan ("checked the railing", "low enough to climb") are as telling as two different kinds.
  const distinctOf = (kind: LatentKind): number => new Set(latents.filter((latent) => latent.kind === kind).map((latent) => latent.cue.start)).size;
  const repeated = distinctOf("goodbye") >= 2 || distinctOf("plan") >= 2;
  for (const latent of latents) {
    const alone = latent.alone && doc.wordCount <= latent.tokens + 3;
    if (ideation) latent.cue.note = "latent-with-ideation";
    else if (kinds.size > 1 || latents.length >= 3 || repeated) latent.cue.note = "latent-combined";
    // A plan or method research with a time beside it ("which bridge is highest, i need to know tonight").
    else if (latent.kind === "plan" && futureTime.test(doc.text)) latent.cue.note = "latent-combined";
    else if (alone) latent.cue.note = "latent-alone";
    else continue;
    latent.cue.tier = "imminent";
  }
  cues.push(...netCues(doc, context.ideation));
  return { screen: summarise(cues), cues };
}

/** The broad net (risk-net.ts): concept families about the client, each hit judged by the same
 * protections as a rule's cue (negation, fiction, someone else, the past, figures of speech). */
function netCues(doc: Doc, ideationBefore: boolean): RiskCue[] {
  const kept = findNetHits(doc.text).filter((hit) => judgeCue(doc, netRules[hit.family], hit.start, hit.end).note === "kept");
  if (kept.length === 0) return [];
  const sentenceText = (position: number): string => {
    const sentence = sentenceAt(doc, position);
    return doc.text.slice(sentence.start, sentence.end);
  };
  const verdict = scoreNet(kept, { ideationBefore, everydayAt: (position) => everydayReason.test(sentenceText(position)), sentenceOf: (position) => doc.sentences.indexOf(sentenceAt(doc, position)) });
  if (verdict === null) return [];
  return verdict.basis.map((hit) => {
    const span = originalSpan(doc.normalised, { start: hit.start, end: hit.end });
    return { rule: `net.${hit.family}.${hit.kind}`, tier: verdict.tier, categories: verdict.categories, start: span.start, end: span.end, note: "kept" };
  });
}

const suicidalCategories: ReadonlySet<RiskCategory> = new Set(["suicidal-thoughts", "self-harm", "plan-or-means", "preparations", "attempt-in-progress"]);

function riskTierAtLeastUrgent(tier: RiskTier): boolean {
  return tier === "urgent" || tier === "imminent";
}

function summarise(cues: readonly RiskCue[]): RiskScreen {
  let tier: RiskTier = "none";
  const categories = new Set<RiskCategory>();
  const spans: RiskSpan[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    if (cue.tier === "none") continue;
    if (riskTiers.indexOf(cue.tier) > riskTiers.indexOf(tier)) tier = cue.tier;
    for (const category of cue.categories) {
      categories.add(category);
      const key = `${cue.start}:${cue.end}:${category}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ start: cue.start, end: cue.end, category });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end || riskCategories.indexOf(a.category) - riskCategories.indexOf(b.category));
  return { tier, categories: riskCategories.filter((category) => categories.has(category)), spans };
}

// ---------------------------------------------------------------------------------------------------
// The message, cut into sentences, with the few message-wide facts the rules need.

interface Sentence {
  start: number;
  end: number;
}

interface Doc {
  normalised: NormalisedText;
  text: string;
  sentences: Sentence[];
  wordCount: number;
  allCaps: boolean;
}

/** Laughter, a trivial cause, signs of meaning it, embarrassment: read around one cue (its sentence
 * and the ones either side), so a "lol" three paragraphs away does not silence a real death wish. */
interface Tone {
  laughter: boolean;
  tedium: boolean;
  levity: boolean;
  trivial: boolean;
  serious: boolean;
  embarrassed: boolean;
}

function toneAround(doc: Doc, sentence: Sentence): Tone {
  const index = doc.sentences.indexOf(sentence);
  const from = doc.sentences[Math.max(0, index - 1)]?.start ?? sentence.start;
  const to = doc.sentences[Math.min(doc.sentences.length - 1, index + 1)]?.end ?? sentence.end;
  const window = doc.text.slice(Math.max(from, sentence.start - 200), Math.min(to, sentence.end + 200));
  return { laughter: laughterPattern.test(window), tedium: tediumPattern.test(window), levity: levityPattern.test(window), trivial: trivialPattern.test(window), serious: seriousPattern.test(window), embarrassed: embarrassedPattern.test(window) };
}

/** Laughter that means amusement, not the "lol" people add to soften a sad message. */
const laughterPattern = /(?:\b(?:lmf?ao+|rofl|ha(?:ha){2,}h?|he(?:he){2,}|crying laughing|cracking up|dying laughing|funniest|hilarious)\b|😂|🤣|💀|😆|😹)/;
/** "if i have to hear that song one more time…": hyperbole about tedium. */
const tediumPattern = /\bif i (?:have to|hear|see|get|sit through|listen to|watch|read|do|go to)\b[^.!?\n]{0,60}\b(?:again|one more|another|more time|once more)\b|\bif i (?:have to|need to|gotta) (?:redo|re do|rewrite|sit through|listen to|hear|watch|read|do|go to|work|write)\b/;
const levityPattern = /(?:\b(?:lo+l+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jk|just kidding|kidding|omg|omfg|xd|funny|funniest|hilarious|laughing|laughed|cracking up)\b|😂|🤣|💀|😆|😅|😹)/;
const trivialPattern = /(?:\b(?:embarrass\w*|cringe\w*|cringy|mortif\w*|awkward|boring|bored|boredom|one more time|once more|another (?:meeting|one|zoom|email|call|class|lecture|ad|episode|song|group project)|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|traffic|printer|wifi|wi fi|internet|homework|meetings?|zoom|lecture|group project|my hair|that song|this song|ads?|queue|hangry|hungry|so full|pizza|coffee|heat|so hot|so cold|my team|joke|funny|funniest|hilarious|cute|cuteness|tiktok|memes?|love life|diary|dented|grades|finds out|found out|if (?:she|he|they) knew|dentist|floss\w*|laundry|dishes|chores|emails?|spreadsheet|deadlines?|this show|season finale|spoilers?|essay|assignment|homework|paperwork|presentation|lunch|hot water|charger)\b|😂|🤣|💀)/;
const seriousPattern = /\b(?:not (?:joking|kidding)|im serious|seriously|for real|fr|honestly|genuinely|i mean it|no joke|tbh|every day|everyday|all the time|anymore|for a while now|really do|actually|deadass|not going to lie)\b/;
const embarrassedPattern = /\b(?:embarrass\w*|cringe\w*|cringy|mortif\w*|so awkward)\b/;

function analyse(normalised: NormalisedText): Doc {
  const text = normalised.text;
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?;]+(?=\s|$|")|\n/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    sentences.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  sentences.push({ start, end: text.length });
  const letters = normalised.original.replace(/[^A-Za-z]/g, "");
  return {
    normalised,
    text,
    sentences,
    wordCount: countWords(text),
    allCaps: letters.length > 3 && letters === letters.toUpperCase(),
  };
}

function countWords(text: string): number {
  return text.match(/[a-z0-9]+/g)?.length ?? 0;
}

function sentenceAt(doc: Doc, position: number): Sentence {
  for (const sentence of doc.sentences) if (position >= sentence.start && position <= sentence.end) return sentence;
  return { start: 0, end: doc.text.length };
}

/** The start of the clause containing `position` within its sentence. */
function clauseStart(doc: Doc, sentence: Sentence, position: number, boundary: RegExp): number {
  let start = sentence.start;
  const prefix = doc.text.slice(sentence.start, position);
  boundary.lastIndex = 0;
  for (let match = boundary.exec(prefix); match !== null; match = boundary.exec(prefix)) {
    start = sentence.start + match.index + match[0].length;
  }
  return start;
}

const negationClause = /[,:()]|\b(?:but|and|so|because|cause|though|although|or|yet|then|while|whereas|however|except|unless)\b/g;
const subjectClause = /[,:()]|\b(?:but|because|cause|so|though|although|yet|then|while|whereas|however|when|after|before|since|until|if|that|cos)\b|(?<!\bme )\band\b(?! (?:i|me)\b)/g;
const contrastClause = /\b(?:but|though|although|however|yet|and now|now|until|except|whereas|still|anyway)\b|\band (?=i |im |ive )/g;

// ---------------------------------------------------------------------------------------------------
// Judging one cue.

function judgeCue(doc: Doc, rule: RiskRule, start: number, end: number): RiskCue {
  const span = originalSpan(doc.normalised, { start, end });
  const cue: RiskCue = { rule: rule.id, tier: rule.tier, categories: [rule.category], start: span.start, end: span.end, note: "kept" };
  const drop = (note: CueNote): RiskCue => ({ ...cue, tier: "none", note });
  const sentence = sentenceAt(doc, start);
  const sentenceText = doc.text.slice(sentence.start, sentence.end);
  const prefix = doc.text.slice(sentence.start, start);
  const after = doc.text.slice(end, sentence.end);

  if (rule.notFollowedBy?.test(after) === true) return drop("excluded");
  if (rule.notInSentence?.test(sentenceText) === true) return drop("excluded");
  if (rule.requireInSentence !== null && !rule.requireInSentence.test(sentenceText)) return drop("excluded");

  // Fiction, lyrics and quoted speech.
  const voice = /^[^\]\n]{0,80}\]\(https?:/.test(doc.text.slice(end, end + 120)) ? "fiction" : quotedOrFiction(prefix);
  if (voice === "fiction") return drop("fiction");

  // "please dont…", "please do not feel certain that…": advice to someone else, not a disclosure.
  if (/\bplease (?:dont|do not|never|stop)\b/.test(doc.text.slice(clauseStart(doc, sentence, start, negationClause), start))) return drop("generic-person");
  if (rule.negatable && isNegated(doc.text.slice(clauseStart(doc, sentence, start, negationClause), start), doc.text.slice(start, end))) return drop("negated");

  // Whose risk is it?
  const namesSelf = /^(?:i|im|ive|id|ill|we|my)\b/.test(doc.text.slice(start, end));
  const person = voice === "reported" ? "other" : rule.person === "subject" && !namesSelf ? subjectOf(doc, sentence, start, end) : rule.person === "self" && isGenericStatement(doc, sentence, start, end) ? "generic" : "self";
  if (person === "generic") return drop("generic-person");
  if (rule.category === "someone-else-at-risk") return cue;
  if (person === "other") {
    if (!suicidalCategories.has(rule.category)) return drop("someone-else");
    return { ...cue, tier: "concern", categories: ["someone-else-at-risk"], note: "someone-else" };
  }

  // Modal verbs before the cue: intent, desire, an attempt.
  const modal = modalBefore(prefix);

  if (rule.history && isRemotePast(doc, sentence, start)) {
    // A suicide attempt, however long ago, is what the ASQ screens positive on ("have you ever tried
    // to kill yourself?"): it stays urgent unless the client says they are well now. Past self-harm
    // and past suicidal thoughts are history (concern): "i used to cut, 5 years clean".
    const attempt = rule.id === "suicide.past-attempt" || rule.category === "attempt-in-progress" || (rule.modal === "suicidal-act" && modal === "attempt");
    if (attempt && !recovered.test(doc.text)) return { ...cue, tier: "urgent", categories: ["suicidal-thoughts", "history-of-risk"], note: "history" };
    return { ...cue, tier: "concern", categories: ["history-of-risk"], note: "history" };
  }
  if (/\b(?:rather|sooner)\s(?:\w+\s){0,2}$/.test(prefix.slice(-40)) && /^[^.!?\n]{0,40}\bthan\b/.test(after)) {
    return { ...cue, tier: "concern", categories: ["hopelessness"], note: "hyperbole" };
  }
  const adjusted = adjustForModal(doc, rule, cue, modal, sentenceText, doc.text.slice(start, end), doc.text.slice(clauseStart(doc, sentence, start, negationClause), start));
  if (adjusted.tier === "none") return adjusted;

  // Figures of speech.
  if (rule.figurative) {
    const tone = toneAround(doc, sentence);
    if (!tone.serious && tone.levity && (adjusted.tier === "concern" || tone.trivial)) return drop("figurative");
    // Real amusement (lmao, 😂, 💀), embarrassment or "if i have to … again" without a trivial cause:
    // probably hyperbole, but not sure enough to call it nothing.
    if (!tone.serious && (tone.laughter || tone.embarrassed || tone.tedium) && adjusted.tier !== "concern") return { ...adjusted, tier: "concern", categories: adjusted.categories.filter((c) => c !== "plan-or-means"), note: "embarrassment" };
  }
  return adjusted;
}

const intentBefore = new RegExp(String.raw`\b(?:my plan is to|the plan is to|plan is to|i decided to|i intend to|im going to|going to|im about to|about to|planning to|planning on|plan to|plan on|decided to|ive decided to|intend to|intending to|will|ill|im|shall|time to|im finally going to|trying to|im trying to|gonna)\s${adverbs}$`);
const desireBefore = new RegExp(String.raw`\b(?:(?:think|thinking|thought|figure out|figuring out|wondering|wonder|know|knowing) (?:about )?(?:how|where|when) (?:to|i would|i could|id|i might)|want to|wants to|wanting to|wish i could|wish to|wishing i could|thinking about|thinking of|think about|thought about|thoughts of|thoughts about|considering|considered|contemplating|contemplated|tempted to|urge to|urges to|feel like|felt like|feeling like|might|may|could|should|need to|would|id|ready to|dream about|dream of|dreaming of|dreaming about|fantasi[sz]e about|fantasi[sz]ing about|pray to|hope to|longing to|cant stop thinking about|keep thinking about|obsessing over|love to|prefer to|rather|picture|picturing|imagine|imagining|cant help thinking about|plans? of|idea of)\s${adverbs}$`);
const attemptBefore = new RegExp(String.raw`\b(?:tried to|try to|tried|attempted to|attempt to|attempting to)\s${adverbs}$`);
const pastBefore = new RegExp(String.raw`\b(?:was going to|was about to|was gonna|almost|nearly|came close to|was planning to|were going to|wanted to|used to want to|have wanted to|ive wanted to)\s${adverbs}$`);

type Modal = "intent" | "desire" | "attempt" | "past" | "none";

/** Moving towards a place "to" do something: "driving to the cliffs now to end it". */
const purposeBefore = /\b(?:going|driving|heading|walking|running|on my way|leaving|off|out|there)\b[^.!?\n]{0,40}\bto\s$/;

function modalBefore(prefix: string): Modal {
  const tail = prefix.slice(-80);
  if (purposeBefore.test(tail)) return "intent";
  if (pastBefore.test(tail)) return "past";
  if (attemptBefore.test(tail)) return "attempt";
  if (desireBefore.test(tail)) return "desire";
  if (intentBefore.test(tail)) return "intent";
  return "none";
}

const futureTime = /\b(?:tonight|tomorrow|today|this (?:weekend|week|evening|afternoon|morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday|the weekend)|next (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:an?|a few|a couple of|\d+|one|two|three|few) (?:minutes?|mins?|hours?|hrs?|days?)|soon|when (?:everyone|they|he|she|my \w+|the house|everybody)(?:s| is| are| goes| go| gets| get| falls| fall)? ?(?:asleep|gone|leaves?|out|to sleep|to bed|at work|home)|after (?:everyone|they|he|she|my \w+|everybody) (?:goes?|leaves?|is asleep|are asleep|falls? asleep|go to (?:sleep|bed))|before (?:morning|sunrise|anyone wakes up|they get home)|by (?:morning|tomorrow|tonight|the weekend|friday))\b/;
const rightNow = /\bright now\b/;
const recentAttempt = /\b(?:just|tonight|today|this (?:morning|afternoon|evening)|last night|an? (?:hour|few hours|few minutes|couple (?:of )?hours) ago|\d+ (?:minutes|mins|hours|hrs) ago|earlier|right now|already)\b/;
const weapon = /\b(?:gun|guns|knife|knives|rifle|pistol|shotgun|axe|machete|hammer|weapon|bomb|firearm|blade)\b/;
const seriousHarm = /\b(?:i mean it|for real|not joking|im not joking|no joke|seriously|i swear|actually going to|im serious|literally going to)\b/;
const threatMarker = /\bif i (?:ever )?(?:leave|left|tell|told|go to the police|call the police|called the police|report|try to leave|tried to leave|talk to anyone|say anything)\b|\b(?:for real|threat\w*|swore|tried to|outside|right now|police|scared|afraid|terrified)\b|\b(?:has|had|got|with|holding|grabbed) (?:a |his |her |their )?(?:gun|knife|weapon|bat)\b/;
const urgentNow = /\b(?:right now|outside|at (?:my|the) door|in the house|on (?:his|her|their) way|coming (?:over|home|back|for me)|trying to (?:get|break) in|has a (?:gun|knife)|with a (?:gun|knife)|holding a (?:gun|knife))\b/;

function adjustForModal(doc: Doc, rule: RiskRule, cue: RiskCue, modal: Modal, sentenceText: string, matchText: string, clausePrefix: string): RiskCue {
  const plan = (note: CueNote): RiskCue => ({ ...cue, tier: "imminent", categories: unique([...cue.categories, "plan-or-means"]), note });
  const timed = futureTime.test(sentenceText);
  switch (rule.modal) {
    case "suicidal-act":
    case "needs-modal": {
      // "taking all my meds now": a method named in the present, with nothing before it, is being done.
      const actingNow = rule.modal === "needs-modal" && modal === "none" && /^\w+ing\b/.test(matchText) && /^\s*(?:(?:im|i am|just|now|ok|okay|so|well|anyway|and)\s+)*$/.test(clausePrefix) && !/^\s*(?:is|seems|sounds|would|could|feels|was|isnt)\b/.test(doc.text.slice(doc.text.indexOf(matchText) + matchText.length));
      if (actingNow) return plan("intent");
      // "tonight i end it", "tomorrow i jump": the present tense with a time is intent.
      if (rule.modal === "needs-modal" && modal === "none" && timed && /\b(?:i|and i|then i)\s$/.test(clausePrefix)) return plan("timeline");
      if (rule.modal === "needs-modal" && modal === "none") return { ...cue, tier: "none", note: "no-modal" };
      if (modal === "intent") return plan("intent");
      if (modal === "attempt") return recentAttempt.test(sentenceText) ? { ...cue, tier: "imminent", categories: unique([...cue.categories, "attempt-in-progress"]), note: "recent-attempt" } : cue;
      if (modal === "past") return cue;
      if (rule.timeline && (timed || (modal === "none" && rightNow.test(sentenceText)))) return plan("timeline");
      return cue;
    }
    case "harm-to-others": {
      const escalate = weapon.test(sentenceText) || timed || seriousHarm.test(sentenceText);
      if (escalate) return { ...cue, tier: "imminent", note: weapon.test(sentenceText) ? "weapon" : "timeline" };
      // "im going to kill him" is the everyday hyperbole; "im going to hurt him" is not.
      return /\b(?:kill|killing|murder|murdering|strangle|strangling|choke|choking)\b/.test(matchText) ? { ...cue, tier: "concern", note: "hyperbole" } : cue;
    }
    case "threat": {
      if (/\b(?:kill|murder|end|strangle|choke)\b/.test(matchText) && !threatMarker.test(sentenceText)) return { ...cue, tier: "none", note: "hyperbole" };
      return weapon.test(doc.text) && urgentNow.test(doc.text) ? { ...cue, tier: "imminent", note: "weapon" } : cue;
    }
    case "none": {
      if (rule.category === "abuse-or-violence" && weapon.test(doc.text) && urgentNow.test(doc.text)) return { ...cue, tier: "imminent", note: "weapon" };
      if (rule.timeline && rule.tier === "urgent" && modal !== "past" && timed) return plan("timeline");
      return cue;
    }
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

// Negation --------------------------------------------------------------------------------------------

const negator = /\b(?:not|never|dont think (?:i|ill|id|im)|dont|doesnt|didnt|wont|wouldnt|isnt|arent|wasnt|werent|aint|havent|hasnt|hadnt|shouldnt|no longer|nor|no (?:intention|intentions|plans?|thoughts?|desire|urges?|wish|interest|reason|way)(?: (?:of|to|about|in|at all|whatsoever))?|without|stopped|quit)\b/g;
const antiNegation = /\b(?:(?:harder|hard|difficult|struggling|trying|tried|fighting|effort|work) (?:\w+ )?not to|(?:hope|hopes|hoping|asked me|asks me|told me|tell me|begged me|beg me|wants me|want me|made me promise|promised|promise) (?:that )?(?:i |me )?(?:dont|wont|not to|to not|never)|(?:wasnt|werent|not|never) able to|failed to|didnt manage to|didnt succeed|couldnt even|(?:only|one|main) (?:reason|thing) (?:why )?(?:i|im|that) (?:havent|dont|didnt|wont|am not|im not|am still|im still|still)|(?:keeping|stopping|keeps|stops|kept|stopped|holding|holds|held) me (?:back )?from|(?:havent|dont|didnt|never) (?:had|have|got|get) the (?:balls|guts|courage|nerve|strength|means) to|(?:couldnt|cant|could not|didnt) (?:bring|get) myself to|too (?:scared|afraid|much of a coward|cowardly|chicken|weak) to|(?:if|when) (?:it )?(?:wasnt|werent|were not|was not) for|dont see (?:a|any|another) way|cant see (?:a|any) way|dont know (?:if|whether|why|how)|not sure (?:if|whether|that|i|how)|cant promise|cant guarantee|dont think i can|not going to lie|never (?:been|felt) (?:so|this|more)|not a day goes by|(?:lying|lie|lied|be honest) if i (?:said|say)|dont go a day without|doesnt go a day|why (?:dont|cant|shouldnt|wouldnt|not) i|if not|no matter|doesnt matter|dont care if|wouldnt care if|wouldnt mind|dont mind|not that i dont|cant stop|dont stop|never stop|wont stop|not stop|never stopped|dont want to stop)\b/;

function isNegated(clausePrefix: string, matchText: string): boolean {
  if (antiNegation.test(`${clausePrefix}${matchText}`)) return false;
  // "no thoughts of suicide": the cue starts with the noun the negator governs.
  if (/\b(?:no|zero|without any|not any)\s*$/.test(clausePrefix) && /^(?:thoughts?|plans?|intentions?|urges?|desire|wish)\b/.test(matchText)) return true;
  let last: RegExpExecArray | null = null;
  negator.lastIndex = 0;
  for (let match = negator.exec(clausePrefix); match !== null; match = negator.exec(clausePrefix)) last = match;
  if (last === null) return false;
  const between = clausePrefix.slice(last.index + last[0].length).trim();
  const words = between.length === 0 ? [] : between.split(/\s+/);
  // The negator must govern the cue's own verb chain ("not going to", "never really wanted to"), not
  // another verb ("i dont understand how killing myself is selfish").
  return words.length <= 7 && words.every((word) => verbChainWords.has(word));
}

const verbChainWords = new Set([
  "going", "to", "gonna", "want", "wanna", "wanted", "wanting", "ever", "really", "even", "actually", "just", "think", "thinking",
  "about", "of", "plan", "planning", "intend", "intending", "have", "had", "has", "be", "been", "being", "feel", "feeling", "felt",
  "like", "wish", "need", "try", "trying", "tried", "any", "thought", "thoughts", "urge", "urges", "do", "doing", "anything", "intention",
  "intentions", "desire", "plans", "a", "the", "again", "anymore", "seriously", "consider", "considering", "considered", "would",
  "will", "could", "once", "so", "got", "gotten", "get", "more", "longer", "my", "self", "serious", "real", "genuinely", "truly",
  "currently", "right", "now", "at", "all", "whatsoever", "ok", "okay", "that", "literally", "actively", "with", "am", "im",
]);

// Whose risk ------------------------------------------------------------------------------------------

const selfSubjects = new Set(["i", "im", "ive", "id", "ill", "we", "weve", "myself", "ourselves"]);
const genericPeople = new Set(["you", "youre", "youve", "youd", "youll", "yourself", "someone", "somebody", "anyone", "anybody", "people", "everyone", "everybody", "nobody", "person", "humans", "ppl", "u", "whoever", "women", "men", "teens", "teenagers", "adults", "most", "many", "others", "folks", "anybody", "somebody", "someones", "peoples"]);
const specificPeople = new Set([
  "he", "hes", "she", "shes", "they", "theyre", "theyve", "theyd", "himself", "herself", "themselves",
  "friend", "friends", "bestie", "bff", "mate", "buddy", "sister", "brother", "sis", "bro", "mom", "mother", "dad", "father",
  "parent", "parents", "stepdad", "stepmom", "stepfather", "stepmother", "husband", "wife", "partner", "boyfriend", "girlfriend",
  "ex", "son", "daughter", "kid", "kids", "child", "children", "baby", "cousin", "aunt", "uncle", "grandma", "grandmother",
  "grandpa", "grandfather", "nan", "roommate", "flatmate", "housemate", "coworker", "colleague", "boss", "teacher", "classmate",
  "student", "patient", "client", "neighbour", "neighbor", "guy", "girl", "man", "woman", "boy", "character", "protagonist",
  "villain", "hero", "heroine", "narrator", "author", "singer", "sibling", "siblings", "niece", "nephew", "fiance", "fiancee",
  "coach", "classmates", "cat", "dog",
]);
const causatives = new Set(["make", "makes", "made", "making", "let", "lets", "letting", "got", "gets", "get", "have", "has", "had", "help", "helps", "want", "wants"]);
const selfInclusive = /\b(?:me and|and me|and i|i and|we|weve|us|ourselves|both of us|me too|me included|including me|so do i|so am i|same here|i do too|im the same|as do i)\b/;

type Person = "self" | "other" | "generic";

const genericPredicate = /^(?: (?:thoughts|ideation|feelings|urges|people|persons?|behaviou?r|tendencies|attempts?|notes?|rates?))?(?:,? (?:however|though|also|too|itself),?)? (?:is|are|isnt|arent|can|cannot|cant|will|wont|would|wouldnt|should|do|does|dont|doesnt|never|always|often|usually|make|makes|come|comes|affect|affects|happen|happens|hurts|hurt|leaves|leave|solves|solve|isnt|aint|ends|end|takes|take|was|were|has|have|means|doesnt|wasnt|seems to|may|might)\b(?! (?:back|getting|worse|so|really|coming|here|again|strong|constant|bad|louder|hitting|all i|on my|in my|what i|the only thing i|my only))/;
const discourseOnly = /^\s*(?:(?:but|and|so|also|however|yes|yeah|no|well|because|cause|plus|still|honestly|remember|again|just|really|actually|the|a|that|we know|i know|you know|i think|we think|i believe|i understand|i realize|i realise|i guess|i feel like)\s+)*$/;

/** "Committing suicide will squelch your future", "Suicidal thoughts are very real": a statement
 * about the thing, not a disclosure. Also a question with no first person in it ("want to die?"). */
function isGenericStatement(doc: Doc, sentence: Sentence, start: number, end: number): boolean {
  const from = clauseStart(doc, sentence, start, subjectClause);
  const matchText = doc.text.slice(start, end);
  const nounLike = /^(?:\w+ing|suicid\w*|suicide|self harm)\b/.test(matchText);
  if (nounLike && discourseOnly.test(doc.text.slice(from, start)) && genericPredicate.test(doc.text.slice(end, end + 40))) return true;
  return false;
}

function subjectOf(doc: Doc, sentence: Sentence, start: number, end: number): Person {
  const from = clauseStart(doc, sentence, start, subjectClause);
  const clausePrefix = doc.text.slice(from, start);
  const clauseAfter = doc.text.slice(end, sentence.end).split(/[,.;:!?]|\bbut\b/)[0] ?? "";
  // "u ever just want to stop existing?", "anyone else ever feel like dying": a rhetorical question
  // about the client's own feeling, not a question about other people.
  if (/\b(?:do |does )?(?:you|anyone|anybody)(?: else)? ever (?:just |really |get |feel like |feel )*$/.test(clausePrefix)) return "self";
  if (selfInclusive.test(clausePrefix) || /^\s*(?:and|,)?\s*(?:so do i|me too|so am i|same here|as do i)\b/.test(clauseAfter)) return "self";
  if (isGenericStatement(doc, sentence, start, end)) return "generic";
  const found = scanForSubject(doc, from, clausePrefix, "backward");
  if (found !== null) return found;
  // An elliptical clause ("i miss my mom and want to die") takes the subject of the clause before it.
  let cursor = from;
  while (cursor > sentence.start) {
    const previousStart = clauseStart(doc, sentence, Math.max(sentence.start, cursor - 1), subjectClause);
    const previous = doc.text.slice(previousStart, cursor);
    const subject = scanForSubject(doc, previousStart, previous, "forward");
    if (subject !== null) return subject;
    if (previousStart >= cursor) break;
    cursor = previousStart;
  }
  // No subject at all: the client, unless the sentence is a question put to someone ("want to die?").
  return doc.text[sentence.end] === "?" && !/\b(?:i|im|ive|id|ill|me|my|myself)\b/.test(doc.text.slice(sentence.start, sentence.end)) ? "generic" : "self";
}

function scanForSubject(doc: Doc, offset: number, clause: string, direction: "forward" | "backward"): Person | null {
  const tokens: { word: string; at: number }[] = [];
  const wordPattern = /[a-z]+/g;
  for (let match = wordPattern.exec(clause); match !== null; match = wordPattern.exec(clause)) tokens.push({ word: match[0], at: offset + match.index });
  const order = direction === "backward" ? [...tokens.keys()].reverse() : [...tokens.keys()];
  for (const k of order) {
    const token = tokens[k];
    if (token === undefined) continue;
    const word = token.word;
    const previous = tokens[k - 1]?.word ?? "";
    if (selfSubjects.has(word)) return "self";
    if (word === "me" || word === "us") {
      if (causatives.has(previous) || (previous === "of" && tokens[k - 2]?.word === "part")) return "self";
      continue;
    }
    if (word === "him" || word === "her" || word === "them") {
      if (causatives.has(previous)) return "other";
      continue;
    }
    // A possessive before a person ("my friend") gives way to the person.
    const next = tokens[k + 1]?.word ?? "";
    const possessed = specificPeople.has(next) || genericPeople.has(next) || /^(?:best|little|big|older|younger|ex|step|new|old)$/.test(next);
    if ((word === "my" || word === "our") && !possessed) return "self";
    if (word === "your" && !possessed) return "generic";
    if ((word === "his" || word === "their") && !possessed) return "other";
    if (genericPeople.has(word)) return "generic";
    if (specificPeople.has(word)) return "other";
    if (isCapitalisedName(doc, token.at, word)) return "other";
  }
  return null;
}

const notNames = new Set(["i", "im", "ive", "id", "ill", "god", "lord", "jesus", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "omg", "ok", "okay", "lol"]);

function isCapitalisedName(doc: Doc, at: number, word: string): boolean {
  if (doc.allCaps || notNames.has(word)) return false;
  const start = doc.normalised.starts[at];
  if (start === undefined) return false;
  const first = doc.normalised.original[start] ?? "";
  if (!/[A-Z]/.test(first)) return false;
  // Sentence-initial capitals are not names.
  const before = doc.normalised.original.slice(0, start).trimEnd();
  return before.length > 0 && !/[.!?\n]$/.test(before);
}

// Fiction and reported speech --------------------------------------------------------------------------

const fictionMarker = /\b(?:book|books|novel|movie|movies|film|films|show|series|episode|season|game|games|story|stories|song|songs|lyrics?|poem|poems|play|musical|anime|manga|comic|comics|fanfic|fic|character|characters|protagonist|villain|hero|heroine|narrator|plot|scene|chapter|documentary|podcast|quote|meme|sketch|script|screenplay|roleplay|rp|dnd|campaign|tv|netflix)\b/g;
const reportingVerb = /\b(?:said|says|saying|goes|go|sings|sang|singing|wrote|writes|texted|texts|posted|posts|told me|tells me|asked|asks|yelled|screamed|whispered|messaged|commented|replied|tweeted|captioned)\b/;
const selfWords = /\b(?:i|im|ive|id|ill|me|my|myself|we|us)\b/;

function quotedOrFiction(prefix: string): "fiction" | "reported" | null {
  const quotes = prefix.match(/"/g)?.length ?? 0;
  if (quotes % 2 === 1) {
    const beforeQuote = prefix.slice(0, prefix.lastIndexOf('"'));
    fictionMarker.lastIndex = 0;
    if (fictionMarker.test(beforeQuote)) return "fiction";
    const verb = reportingVerb.exec(beforeQuote);
    if (verb !== null) {
      const speaker = beforeQuote.slice(0, verb.index).trim().split(/\s+/).pop() ?? "";
      return selfSubjects.has(speaker) ? null : "reported";
    }
    return null;
  }
  fictionMarker.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let match = fictionMarker.exec(prefix); match !== null; match = fictionMarker.exec(prefix)) last = match;
  if (last === null) return null;
  return selfWords.test(prefix.slice(last.index + last[0].length)) ? null : "fiction";
}

// Past ------------------------------------------------------------------------------------------------

const remotePast = /\b(?:used to|years ago|months ago|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|a few|couple(?: of)?|many|several) (?:years?|yrs?|months?) (?:ago|clean|free|sober|since|back|without)|when i was (?:younger|a kid|a child|a teen|a teenager|little|small|in (?:high|middle|elementary|primary|secondary) school|in school|at school|in college|at uni|in university|\d+|suicidal|depressed|at my (?:worst|lowest)|(?:fifteen|sixteen|seventeen|eighteen|nineteen|thirteen|fourteen|twelve|twenty))|as a (?:kid|child|teen|teenager|little (?:girl|boy))|in (?:high|middle|elementary|primary|secondary) school|in my (?:teens|twenties|early \w+|late \w+|childhood|youth)|growing up|back (?:then|in (?:\d+|the day|high school|school|college))|in the past|(?:havent|hasnt|didnt) (?:done|cut|self harmed|hurt myself|relapsed|felt (?:that|like that|this)|had (?:an urge|urges|thoughts|those thoughts|any thoughts)|attempted|tried)[^.!?\n]{0,20}\b(?:since|in|for)|(?:\d+|x|a|one|two|three|four|five|six) (?:days|weeks|months|years) (?:clean|free|sober)|in recovery|a long time ago|long ago|as a child|when i was (?:\w+ )?years old|at (?:age )?\d{1,2}\b|(?:back )?in (?:19|20)\d\d)\b/;
const recent = /\b(?:again|last night|yesterday|today|tonight|this (?:morning|week|evening|afternoon|weekend)|just|right now|earlier|recently|lately|relapsed|relapse|started again|(?:\d+|an?|few|couple(?: of)?|a few) (?:hours?|minutes?|mins?|days?) ago|last week|still|currently|these days)\b/;

const recovered = /\b(?:(?:a )?(?:much )?better place|doing (?:way |much |so much |a lot |really |pretty )?(?:well|better|good|great|ok|okay|fine)|(?:im|i am|i feel) (?:ok|okay|fine|good|well|better|happy|safe|stable|grateful|glad)(?: now| these days)?|glad (?:i|im) (?:still )?(?:here|alive|didnt)|so glad i (?:failed|survived|didnt)|recovered|in recovery|(?:havent|never) (?:tried|attempted|done it) (?:since|again)|got help|(?:things|life) (?:got|is|are|has been) (?:better|good|great)|proud of|today i|now i (?:have|am|\w+ed)|since then|clean for|never again)\b/;

function isRemotePast(doc: Doc, sentence: Sentence, start: number): boolean {
  const segmentStart = clauseStart(doc, sentence, start, contrastClause);
  contrastClause.lastIndex = 0;
  const rest = doc.text.slice(start, sentence.end);
  const stop = rest.search(/\b(?:but|though|although|however|yet|and now|now|until|except|whereas|still|anyway)\b|\band (?=i |im |ive )/);
  const segment = doc.text.slice(segmentStart, stop === -1 ? sentence.end : start + stop);
  // "suicidal thoughts in the past but now its worse than ever" is current.
  const continues = stop !== -1 && /^(?:but|and|though|yet|however),? (?:now|lately|recently|again|these days|this time|its back|they are back|theyre back)\b/.test(rest.slice(stop));
  return remotePast.test(segment) && !recent.test(segment) && !continues;
}

// Context ---------------------------------------------------------------------------------------------

interface ContextFacts {
  ideation: boolean;
}

function readContext(context: RiskContext | undefined): ContextFacts {
  if (context === undefined) return { ideation: false };
  const recentMessages = context.recentClientMessages ?? [];
  // Read together, so that cues split across messages ("i took the pills" … "i just wanted someone
  // to know") count as they would in one.
  const together = recentMessages.length === 0 ? null : screenRisk({ text: recentMessages.join("\n") });
  const ideation = together !== null && riskTierAtLeastUrgent(together.tier) && together.categories.some((category) => suicidalCategories.has(category));
  const companion = context.previousCompanionMessage;
  const asked = companion === undefined ? new Set<string>() : readCompanionQuestion(normaliseText(companion).text);
  return { ideation: ideation || asked.has("thoughts") || asked.has("plan-or-means") || asked.has("attempt") || asked.has("safety") };
}

function answerCue(doc: Doc, context: RiskContext | undefined): RiskCue | null {
  const companion = context?.previousCompanionMessage;
  if (companion === undefined || companion.trim().length === 0) return null;
  const kinds = readCompanionQuestion(normaliseText(companion).text);
  if (kinds.size === 0) return null;
  const answer = readAnswer(doc.text);
  if (answer === null) return null;
  const risk = riskOfAnswer(kinds, answer);
  if (risk === null || risk.tier === "none") return null;
  const span = originalSpan(doc.normalised, { start: 0, end: doc.text.length });
  return { rule: `answer.${answer}`, tier: risk.tier, categories: [risk.category], start: span.start, end: span.end, note: "answer" };
}
