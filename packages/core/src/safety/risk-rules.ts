// The risk screen's patterns: what people write when they are thinking of dying, hurting themselves
// or someone else, or living with violence. Every pattern runs on normalised text (see
// normalise-text.ts: lowercase, no apostrophes — "dont", "im", "cant" — slang and typos rewritten).
// A match is a *cue*; screen-risk.ts then asks of each cue, in order: is it negated ("i would never
// kill myself")? quoted or fiction ("in the book she…")? about someone else ("my friend wants to
// die")? clearly in the past ("i used to cut, 5 years clean")? a figure of speech ("lol i want to die
// this is so embarrassing")? is there intent, a time or a weapon that makes it imminent?
//
// Tiers follow DESIGN.md's doctrine: concern = hopelessness, worthlessness, heavy distress without death
// or harm content; urgent = passive or active suicidal thoughts without a plan, self-harm urges or
// acts, abuse or violence, thoughts of harming others; imminent = plan, intent, means, timeline,
// preparations, an attempt under way. Where a message is ambiguous between urgent and less, the rules
// lean to urgent: asking "are you safe?" costs little, missing someone costs everything.
import type { RiskTier } from "../domain.ts";
import type { RiskCategory } from "./risk-types.ts";

/** How a cue's tier moves with the words just before it (see screen-risk.ts `modalBefore`). */
export type ModalPolicy =
  /** Suicidal act naming the self ("kill myself"): intent → imminent; attempt just made → imminent. */
  | "suicidal-act"
  /** A method or an ambiguous act ("jump off a bridge", "end it"): stands only with a modal before it
   * ("want to", "going to", "thinking about"); intent → imminent. */
  | "needs-modal"
  /** Harm to someone else: "going to kill him" is mostly hyperbole (concern); with a weapon, a time or
   * "i mean it" → imminent. Thoughts, urges and fears → urgent. */
  | "harm-to-others"
  /** Someone threatening the client: "he's going to kill me" needs a threat marker (if i leave, again,
   * a weapon); otherwise it is the everyday "my mom is going to kill me when she sees my grades". */
  | "threat"
  | "none";

/** Ambiguous cues that only mean risk beside talk of suicide (in the message or just before it). */
/** `goodbye` is an act of leaving (a will, a note, money given away); `farewell` is words only ("thank
 * you for everything", "bye", "love you all"), which need more beside them. */
export type LatentKind = "means" | "intent" | "timeline" | "goodbye" | "farewell" | "plan" | "alone" | "place" | "finality" | "attempt";

/** Who a cue is about. `self`: the pattern names the client ("myself", "my life"). `subject`: find the
 * subject before it ("my friend wants to die" is not the client). `any`: the pattern fixes it (abuse
 * patterns name the one who hurts and "me"). */
export type PersonPolicy = "self" | "subject" | "any";

export interface RiskRule {
  readonly id: string;
  readonly category: RiskCategory;
  /** The tier when the cue stands as written (before modal, time and weapon adjustments). */
  readonly tier: Exclude<RiskTier, "none">;
  readonly pattern: RegExp;
  readonly person: PersonPolicy;
  readonly negatable: boolean;
  /** "used to", "years ago", "5 years clean" → history-of-risk (concern). */
  readonly history: boolean;
  /** Laughter with a trivial cause ("lol… so embarrassing") → not risk. */
  readonly figurative: boolean;
  readonly modal: ModalPolicy;
  /** A time in the same sentence ("tonight", "when everyone's asleep") → imminent. */
  readonly timeline: boolean;
  readonly latent: LatentKind | null;
  /** A latent cue that stands on its own when it is (nearly) the whole message ("i have a plan"). */
  readonly alone: boolean;
  /** Tested on the rest of the sentence after the match; a match cancels the cue. */
  readonly notFollowedBy: RegExp | null;
  /** Tested on the whole sentence; a match cancels the cue (accidents, idioms). */
  readonly notInSentence: RegExp | null;
  /** Tested on the whole sentence; the cue stands only if this matches. */
  readonly requireInSentence: RegExp | null;
}

type SentenceTests = "notFollowedBy" | "notInSentence" | "requireInSentence";
type RuleSpec = Pick<RiskRule, "id" | "category" | "tier"> & { pattern: string } & Partial<Omit<RiskRule, "id" | "category" | "tier" | "pattern" | SentenceTests>> & Partial<Record<SentenceTests, string>>;

function rule(spec: RuleSpec): RiskRule {
  const optional = (source: string | undefined): RegExp | null => (source === undefined ? null : new RegExp(source));
  return {
    person: "subject",
    negatable: true,
    history: true,
    figurative: false,
    modal: "none",
    timeline: false,
    latent: null,
    alone: false,
    ...spec,
    pattern: new RegExp(spec.pattern, "g"),
    notFollowedBy: optional(spec.notFollowedBy),
    notInSentence: optional(spec.notInSentence),
    requireInSentence: optional(spec.requireInSentence),
  };
}

const alt = (...parts: string[]): string => `(?:${parts.join("|")})`;
/** Adverbs that may sit between a modal and its verb ("i really just want to die"). */
export const adverbs = String.raw`(?:(?:just|really|actually|finally|definitely|probably|seriously|literally|totally|honestly|fucking|still|even|so|kind of|sort of|almost|always|sometimes|often|constantly|legit|lowkey|genuinely|truly|badly|desperately|simply|quietly|secretly|all|gonna|go)\s)*`;
const A = adverbs;
/** End of a clause: end of text, punctuation or a conjunction. */
const clauseEnd = String.raw`(?=\s*(?:$|[.!?,;:\n"]|\b(?:and|but|because|so|tbh|honestly|lol|anymore|any longer|i|im|ive)\b))`;

// ---------------------------------------------------------------------------------------------------
// Vocabulary shared by several rules.

/** Suicidal acts that name the client. */
const selfKillExplicit = alt(
  String.raw`kill(?:ing|ed|s)? (?:myself|ourselves)(?! (?:trying|to get|over|for (?:this|that|the|a|an|my|your|him|her|them|work|school|money|nothing|it|you)|at work|at the gym|with (?!(?:pills|a knife|a gun|my (?:gun|knife|pills)|a rope|rope|poison|an overdose))|working|studying|laughing|doing|on the|to finish|to make|to keep|cleaning|all day|all week|every day at))`,
  String.raw`unalive (?:myself|ourselves)`,
  String.raw`off(?:ing|ed)? myself`,
  String.raw`end(?:ing|ed|s)? (?:my (?:own )?life|my existence|myself|my suffering permanently)`,
  String.raw`(?:take|taking|taken|took) my (?:own )?life(?! (?:back|into|in my|seriously|for granted|in a new|to the next))`,
  String.raw`hang(?:ing|ed)? myself`,
  String.raw`shoot(?:ing)? myself(?! in the (?:foot|leg|arm|hand))`,
  String.raw`(?:gas|gassing|gassed|poison|poisoning|poisoned|suffocate|suffocating|electrocute|electrocuting|drown|drowning|drowned|starve|starving) myself(?! (?:in|with) (?!the (?:river|lake|sea|ocean|bath|tub|water)))(?! (?:to lose|on|for (?:a|the)))`,
  String.raw`slit(?:ting)? my (?:wrists?|throat)`,
  String.raw`jump(?:ing)? to my death`,
  String.raw`put a bullet (?:in|through) my (?:head|brain|skull)`,
  String.raw`blow(?:ing)? my (?:brains|head) (?:out|off)`,
);

/** Suicidal acts whose subject must be found ("he committed suicide" is not the client). */
const selfKillBySubject = alt(
  String.raw`commit(?:ting|ted|s)? suicide`,
  String.raw`unalive(?! (?:him|her|them|you|someone))`,
  String.raw`end(?:ing|ed)? (?:it all|everything)(?! (?:with|between))`,
  String.raw`kill(?:ing)? (?:myself|me) (?:off)`,
);

/** Methods named without "myself": need a modal before them ("thinking about jumping off a bridge"). */
const methods = alt(
  String.raw`jump(?:ing)? (?:off|from|out of|out) (?:a|the|my|this|that|our) (?:\w+ )?(?:bridge|building|roof|rooftop|balcony|cliff|ledge|overpass|tower|parking (?:garage|structure|deck|lot)|car park|window|top floor|skyscraper|block of flats)`,
  String.raw`jump(?:ing)? in front of (?:a|the) (?:train|bus|truck|lorry|car|subway|tube|tram)`,
  String.raw`(?:step|stepping|throw|throwing|walk|walking|lie|lying|lay|laying|run|running|jump|jumping|put|putting|place|placing)(?: myself)? (?:in front of|under|onto) (?:a|the|the next|an oncoming|the oncoming|a passing|a speeding) (?:train|bus|truck|lorry|car|tracks|traffic|subway|tube|tram|one)`,
  String.raw`(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my car |the car |off )?(?:into|off) (?:a|the|oncoming) (?:tree|wall|traffic|river|bridge|cliff|truck|lorry|pole|barrier|lake|road|highway|motorway|overpass|edge)`,
  String.raw`(?:turn|turning|jerk|jerking|yank|yanking|swerve|swerving) the (?:steering )?wheel(?! (?:left|right|back|to park|all the way))`,
  String.raw`(?:drive|driving|walk|walking|step|stepping|run|running|jump|jumping|swerve|swerving) into (?:oncoming |the )?traffic`,
  String.raw`crash(?:ing)? my car on purpose`,
  String.raw`overdos(?:e|ing)(?! on (?:netflix|coffee|caffeine|sugar|candy|chocolate|tv|anime|memes|music|games|shows|cake|food|work|love|sleep))`,
  String.raw`(?:take|taking|swallow|swallowing) (?:all|all of|every one of|the whole bottle of|a bottle of|a bunch of|too many of) (?:my |the )?(?:pills|meds|tablets|medication|sleeping pills|painkillers|antidepressants)`,
  String.raw`(?:cut|cutting|slash|slashing) my (?:wrists?|throat)`,
  String.raw`bleed(?:ing)? out`,
  String.raw`(?:drink|drinking) (?:bleach|antifreeze|poison)`,
  String.raw`end(?:ing)? (?:it|things)(?! (?:with|between|for|here|there|at|off|up|early|on|now with|all|before it))`,
  String.raw`(?:do|doing) it(?= *(?:tonight|tomorrow|today|this weekend|soon|right now|now|finally))`,
  String.raw`(?:take|swallow|taking|swallowing) (?:them|it|those|these) all(?! (?:to|with|out|home|back|along|for|in|on))|(?:take|swallow|taking|swallowing) all of (?:them|it|those|these)(?! (?:to|with|out|home|back|along|for|in|on))`,
  String.raw`jump(?:ing)?(?= *(?:$|[.!?,;\n]|now|right now|tonight|every time|whenever|when i|each time|off|from)|(?! (?:into (?:the|a) (?:pool|lake|sea|water|ocean|river|conversation|project|car|shower|bed)|in\b|on\b|rope|jacks|up|around|ship|at|to|over|through|back|the queue|the gun|for joy|out of bed)))`,
  String.raw`pull(?:ing)? the trigger`,
  String.raw`use (?:it|them|that|this|the \w+) on myself`,
  String.raw`(?:take|taking|swallow|swallowing) (?:everything|all|all the \w+) (?:in|from) (?:the|my) (?:\w+ )?(?:cabinet|cupboard|drawer|box|stash)`,
  String.raw`(?:take|taking|swallow|swallowing) every (?:single )?(?:pill|tablet|med)`,
  String.raw`(?:step|stepping|jump|jumping|fall|falling|walk|walking) (?:off|from) (?:the|a) (?:platform|train platform|edge of the platform)|(?:step|stepping|jump|jumping) (?:onto|on to) (?:the )?(?:tracks|line|railway)`,
  String.raw`crash(?:ing)? (?:my|the) (?:car|bike|motorbike)(?! (?:into the (?:kerb|curb)|again|lol))`,
  String.raw`(?:take|taking|swallow|swallowing|drink|drinking|down|downing) (?:the|a) (?:whole|entire|full) (?:bottle|box|pack|packet|strip|prescription|supply)(?! of (?:water|wine|juice|coke|soda|shampoo|beer|vodka|gin|cereal|crisps|chips|biscuits|cookies))`,
  String.raw`(?:drive|driving|go|going|head|heading|walk|walking) (?:off |to )?(?:the |a )?(?:cliffs?|cliff edge|bridge|tracks|train tracks|railway|railway tracks|railway line|train line|river|lake|sea|top of the (?:\w+ )?(?:building|car park|parking garage))(?= (?:to (?:end|die|jump|do it|kill|finish|never)|now|tonight|right now)\b)`,
);

/** Passive wishes: "want to die", "wish i was dead", "hope i dont wake up". */
const deathWishTarget = alt(
  String.raw`die(?! (?:of|from|for|on this hill|happy|trying|a little|my hair|her hair|his hair|laughing|inside|of embarrassment|alone))`,
  "be dead",
  "be gone",
  "not wake up",
  "never wake up",
  "not be alive",
  "not be here anymore",
  "not exist",
  "stop existing",
  "stop living",
  "quit living",
  "stop breathing",
  "leave this world",
  "not live anymore",
  "cease to exist",
  "stop being alive",
  "die in my sleep",
  "i dont wake up",
  "i never wake up",
  "i wont wake up",
  "i wouldnt wake up",
  "i didnt wake up",
  "i would never wake up",
  "sleep forever",
  "go to sleep forever",
  "fall asleep forever",
  String.raw`(?:go to sleep|fall asleep|sleep|go to bed)(?: and| &)? ${A}(?:not|never) (?:ever )?(?:wake up|wake)`,
  String.raw`(?:fall asleep|sleep|go to sleep) and ${A}stay asleep(?: forever)?`,
  "stay asleep forever",
  String.raw`my heart ${A}(?:stops|stopped|would stop|will stop|to stop|stopping|gives out|gave out)`,
);

/** Medicines and drugs people take in overdoses, by the names they write. */
const drugs = String.raw`(?:pills|tablets|meds|medication|medicine|capsules|painkillers|pain killers|antidepressants|sleeping pills|sleeping tablets|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|insulin|xanax|benzos|diazepam|valium|oxys?|oxycodone|oxycontin|codeine|tramadol|morphine|fentanyl|opioids|heroin|lithium|seroquel|quetiapine|sertraline|zoloft|prozac|fluoxetine|citalopram|amitriptyline|mirtazapine|zopiclone|ambien|benadryl|co codamol|cocodamol|naproxen|propranolol|klonopin|ativan|percocet|vicodin|hydrocodone|gabapentin|pregabalin|trazodone)`;

const bodyForSelfHarm = String.raw`(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|forearms?|upper arms?|chest|body))`;

const accident = String.raw`\b(?:accident(?:ally|al)?|by mistake|chopping|cooking|shaving|opening|slipped|tripped|fell|gym|workout|working out|training|lifting|running|playing|football|soccer|basketball|rugby|skiing|hiking|climbing|pulled a muscle|sprain(?:ed)?|twisted|stove|oven|pan|iron|curling iron|straightener|paper cut|on (?:the|a) (?:door|table|corner|glass|paper|can|counter))\b`;

const people = String.raw`(?:him|her|them|someone|somebody|anyone|people|everyone|everybody|a (?:kid|child|person|baby|man|woman|stranger)|the (?:baby|kids?|children|teacher|class|school|guy|man|woman|person|boy|girl|people|one|bastard|asshole|bully|bullies|driver)|my (?:abuser|rapist|attacker)|my (?:baby|babies|newborn|kids?|children|son|daughter|wife|husband|partner|boyfriend|girlfriend|mom|dad|mother|father|parents|brother|sister|siblings?|stepdad|stepmom|stepfather|stepmother|boss|manager|coworkers?|colleagues?|roommate|flatmate|teacher|classmates?|ex|neighbou?rs?|family|uncle|aunt|cousin|grandma|grandpa|friend|best friend|bully|bullies|abuser|little (?:brother|sister)|step \w+)|(?:that|this) (?:guy|girl|man|woman|person|kid|bitch|bastard|asshole))`;

const violentVerb = String.raw`(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|beat up|beating up|attack|attacking|poison|poisoning|smother|smothering|drown|drowning|suffocate|suffocating|run over|shake|shaking|push|pushing|throw|throwing|drop|dropping|hit|hitting)`;

/** The one who hurts the client, in abuse patterns. */
const perpetrator = String.raw`(?:he|hes|she|shes|they|theyre|my (?:\w+ )?(?:dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|husband|wife|partner|boyfriend|girlfriend|ex|brother|sister|uncle|aunt|grandpa|grandfather|grandma|grandmother|cousin|teacher|coach|boss|roommate|flatmate|parents?|family|pastor|priest|neighbou?r|babysitter|guardian|carer|caregiver|landlord|pimp)|someone|somebody|a (?:man|guy|woman|stranger|group of \w+))`;
const victim = String.raw`(?:me|us|my (?:mom|mother|sister|brother|siblings|kids|children|son|daughter|baby|little (?:brother|sister)))`;
const abuseVerb = String.raw`(?:hits?|hitting|beats?|beating|slaps?|slapped|slapping|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|burn(?:s|ed|t)|shov(?:es|ed|ing)|push(?:es|ed|ing)|throws?|threw|grabb?(?:ed|s|ing)|smack(?:s|ed|ing)?|whip(?:s|ped|ping)?|bit|bites|stabb?(?:ed|s|ing)|hurts?|hurting|rap(?:es|ed|ing)|molest(?:s|ed|ing)|abus(?:es|ed|ing)|assault(?:s|ed|ing)|attack(?:s|ed|ing)|locks?|locked|drugged|spiked|pinned|held|holds|chased|corner(?:s|ed)|batter(?:s|ed)|tortur(?:es|ed))`;

// ---------------------------------------------------------------------------------------------------

export const riskRules: readonly RiskRule[] = [
  // ===== Suicidal thoughts, acts named with "myself" ==================================================
  // "i want to kill myself", "kms" (→ "kill myself"), "thinking about unaliving myself", "gonna off myself".
  rule({ id: "suicide.self-act", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b${selfKillExplicit}\b`, person: "self", modal: "suicidal-act", timeline: true, figurative: true }),
  // "commit suicide", bare "unalive", "end it all": the subject must be the client.
  rule({ id: "suicide.act-by-subject", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b${selfKillBySubject}\b`, modal: "suicidal-act", timeline: true, figurative: true }),
  // The word alone, as a whole message ("sewerslide", "suicidal.", "kms"): the client is naming it.
  rule({ id: "suicide.the-word", category: "suicidal-thoughts", tier: "urgent", person: "any", pattern: String.raw`^\W*(?:suicide|suicidal|unalive|kill myself|suicide thoughts|suicidal thoughts)\W*$` }),
  // "kys" is "kill yourself"; aimed at the self only after a first-person modal ("i should just kys").
  rule({ id: "suicide.make-sure", category: "plan-or-means", tier: "imminent", pattern: String.raw`\bmake sure (?:that )?(?:i )?(?:dont|never|wont|do not|will not) (?:wake up|survive|come back)\b|\bmake sure (?:i die|it works this time|it kills me|im dead|i dont survive)\b`, timeline: true }),
  rule({ id: "suicide.kys-self", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:i|im|ill|id)(?: (?:just|really|should|might|could|will|want to|need to|going to|about to|literally|honestly|probably|got to|have to|gotta|wish i could|think ill))+ kys\b`, person: "self", timeline: true, figurative: true }),
  // Methods need a modal: "i want to jump off a bridge", "going to drive into a tree", "thinking about overdosing".
  rule({ id: "suicide.method", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b${methods}\b`, modal: "needs-modal", timeline: true, figurative: true }),

  // ===== Passive ideation ===============================================================================
  // "i want to die", "i just wanna be dead", "i hope i dont wake up", "i pray i die in my sleep".
  rule({ id: "suicide.death-wish", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:want|wants|wanted|wanting|need|needing|long|longing|ready|deserve) (?:to |that i |that i could |i could |i would |i |id |if i could )?${A}${deathWishTarget}\b`, timeline: true, figurative: true }),
  // Passive wishes ("i hope i dont wake up tomorrow") are not a plan, whatever the day.
  rule({ id: "suicide.taken", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:pray|praying|prayed|hope|hoping|wish|wishing|begging|beg|asking|ask) (?:that )?(?:god|the lord|death|the universe|someone|something|jesus|allah) (?:will |would |could |to )?(?:just )?(?:takes?|take|kills?|come for|comes for|end) me\b|\bwish (?:it|this|everything|it all|all of this|life) (?:was|were|would be|could be) (?:all )?over\b|\b(?:cant|can not|cannot|could not|couldnt) (?:bear|stand|handle|take|tolerate|face) (?:being alive|living|existing|life|being me|waking up|another day of this)\b`, figurative: true }),
  rule({ id: "suicide.feel-like-dying", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:feel|feeling|felt) like (?:just )?(?:dying|giving up on life|ending it|ending my life|disappearing forever|not existing|not being here)\b(?! (?:of|to|laughing|inside))`, figurative: true }),
  rule({ id: "suicide.passive-wish", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:wish|wished|wishing|wishes|hope|hoping|pray|praying|prayed)(?: (?:every|each) (?:night|day|morning|time)| at night| sometimes| so (?:hard|much)| all the time)? (?:to |that i |that i could |i could |i would |i |id |if i could |that )?${A}${deathWishTarget}\b`, figurative: true }),
  rule({ id: "suicide.wish-dead", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\bwish(?:ing|ed)? (?:that )?(?:i|id) ${A}(?:was |were |had been |could be |be )?${A}(?:dead|gone|never born|not born|not alive|not here)\b|\bwish (?:that )?i (?:had never been|was never|were never|hadnt been|wasnt|werent|didnt|did not) (?:born|alive|exist|here)\b|\bwish i could (?:just )?(?:die|disappear|vanish|stop existing|not exist|not wake up|never wake up|go to sleep forever|sleep forever|go to sleep and (?:not|never) wake up)\b|\bwish (?:id|i had) never (?:been born|existed)\b`, figurative: true }),
  rule({ id: "suicide.why-cant-i-die", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\bwhy (?:cant|couldnt|wont|doesnt) (?:i|god|death|anyone|someone) ${A}(?:die|let me die|take me|kill me|end me)\b|\b(?:please|pls|god|lord)(?: \w+)? (?:just )?(?:let me die|take me (?:away|now|home)?)\b`, figurative: true }),
  rule({ id: "suicide.counterfactual", category: "suicidal-thoughts", tier: "urgent", history: false, negatable: false, pattern: String.raw`\b(?:id|i would|i wouldve|i would have|i might|i could|id have|i wouldnt) (?:probably |definitely |already |surely |honestly |be )*(?:be dead|have killed myself|killed myself|have died|have ended it|not be (?:here|alive|around)|have done it|be gone|have ended my life|have taken my (?:own )?life)\b`, notInSentence: String.raw`\b(?:seatbelt|helmet|crash|accident|surgery|doctors|ambulance|allergic|cancer|infection|hadnt been for the)\b` }),
  rule({ id: "suicide.should-have-died", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:should have|shouldve|was supposed to|was meant to|wish i had|wish id) (?:just )?(?:died|die|been dead|not survived|not woken up)\b|\bshould be dead\b|\bshouldnt (?:even |still )?(?:be alive|exist|have been born|have survived|be breathing)\b|\b(?:couldnt|didnt|failed to) finish (?:the job|me off)\b|\bwish it had (?:worked|killed me)\b|\bprepar(?:e|ing) for my (?:own )?death\b` }),
  rule({ id: "suicide.should-die", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:should|might as well|deserve to|better just|ought to|id be better to)\s${A}(?:die|be dead|not exist|not be alive|disappear|vanish|end it|not be here|be gone|go away forever|not be born)\b(?! (?:of|from|for(?! good| ever)|on|happy|trying|laughing|alone|a little|inside|my hair))`, timeline: true, figurative: true }),
  rule({ id: "suicide.cant-stay-safe", category: "suicidal-thoughts", tier: "imminent", pattern: String.raw`\b(?:cant|dont think i can|not sure i can|unable to|dont know if i can|not able to|dont know how to|dont trust myself to) (?:keep|stay) (?:myself )?safe\b|\b(?:im|i am|i dont feel|dont feel|i feel) not safe (?:right now|tonight|from myself|with myself|alone|on my own|being alone)\b|\b(?:im|i am) not safe(?= *(?:$|[.!?\n]))|\bdont trust myself (?:right now|tonight|alone|not to)\b`, negatable: false, person: "any" }),
  rule({ id: "suicide.hit-by", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:hope|hoping|wish|wishing|pray|praying|want|wanna)(?: that)? (?:i )?(?:get|gets|got|would get|could get|to get|will get|end up|die|died|would die|could die) (?:hit|run over|killed|shot|struck|murdered|into (?:a|an) (?:\w+ )?(?:accident|crash)|in (?:a|an) (?:\w+ )?(?:accident|crash)|cancer|something terminal|a terminal illness)\b|\b(?:hope|hoping|wish|pray|praying)(?: that)? (?:the|my) (?:plane|car|bus|train) (?:crashes|crash|goes down)\b|\b(?:hope|hoping|wish|pray|praying)(?: that)? something (?:bad )?(?:happens|would happen|will happen) to me\b|\b(?:hope|hoping|wish|pray|praying)(?: that)? i (?:crash|crashed|would crash|get in a crash|have an accident|had an accident|never make it home|dont make it home|fall off|fell off)\b|\b(?:hope|hoping|wish|pray|praying|want)(?: that)? (?:a|the|some) (?:car|bus|truck|train|lorry|meteor|asteroid|bullet|drunk driver|plane) (?:would |will |could |to |just )*(?:hit|hits|kill|kills|run me over|runs me over|take|takes|crush|crushes) me\b`, figurative: true }),
  rule({ id: "suicide.dont-mind-dying", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\bif i (?:died|were to die|was to die|got hit by \w+ \w+|didnt wake up|never woke up)\b[^.!?\n]{0,30}\b(?:wouldnt|would not|wont|dont|wouldnt even) (?:mind|care|be sad|matter)\b|\b(?:wouldnt|would not|dont) mind (?:dying|death|if i died|not waking up|never waking up)\b`, figurative: true }),
  // "i dont want to live anymore" — a negation that IS the risk. "not sure i want to be alive".
  rule({ id: "suicide.dont-want-to-live", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:dont|didnt|no longer|never|not ${A}sure (?:if |whether )?i|dont know if i|dont think i|not ${A}sure i|barely|hardly) ${A}(?:want|wanna|wish|care|feel like|deserve|have (?:the )?(?:will|desire|energy|reason)) to (?:(?:live|be alive|exist|stay alive|keep living|wake up|survive)(?! (?:with|in|at|near|there|here|without|alone|like (?:him|her|them|my)|by|on|early|so early|before|for work|abroad|somewhere))|(?:be here|go on|keep going|carry on|continue|be around|do this|exist)${clauseEnd})`, negatable: false, figurative: true }),
  // "everyone would be better off without me", "id be better off dead", bare "everyone would be better off".
  rule({ id: "suicide.better-off", category: "suicidal-thoughts", tier: "urgent", person: "any", pattern: alt(
    String.raw`\bbetter off (?:dead|without me|gone|not existing|not alive|not being (?:here|alive|around)|not here|in the ground|if i (?:was|were|wasnt|werent|had never been|never been|didnt exist|died|disappeared|was gone|were gone)\b)`,
    String.raw`\b(?:happier|easier|better|simpler|lighter) (?:for (?:everyone|everybody|them|my family|all of them) )?(?:without me|if i ${A}(?:was|were) (?:gone|dead|not here|not around|never born)|if i ${A}(?:wasnt|werent) (?:here|around|alive|born|in it)|if i ${A}(?:died|disappeared|didnt exist|was not here|were not here|wasnt in (?:it|the picture)))`,
    String.raw`\b(?:easier|better|nicer|simpler|kinder) (?:for (?:everyone|me) )?(?:to|if i) ${A}(?:not wake up|never wake up|didnt wake up|die|died|not exist|disappear|not be here|be dead|fall asleep forever|go to sleep forever|stop existing|end it)\b`,
    String.raw`\b(?:everyone|everybody|they|my family|the world|people|my kids|my parents|my friends)(?: \w+)? (?:would|will|d) (?:all )?(?:be|live) (?:better off|happier)(?= *(?:$|[.!?,;\n]|without me|if i|anyway|honestly|tbh))`,
  ), figurative: true }),
  rule({ id: "suicide.nobody-would-notice", category: "suicidal-thoughts", tier: "urgent", person: "any", pattern: String.raw`\b(?:no one|nobody|anyone|none of them|they|people|would anyone|would anybody)(?: \w+)?(?: would| will| d)?(?: even| really)? (?:notice|care|miss me|be sad|mind|cry|remember me)(?: \w+)? if i (?:died|disappeared|killed myself|left forever|didnt wake up|never woke up|vanished|stopped existing|ended it|was gone|were gone|was dead|were dead|wasnt here|werent here|wasnt around|werent around)\b`, figurative: true }),
  rule({ id: "suicide.if-i-died", category: "suicidal-thoughts", tier: "urgent", person: "any", pattern: String.raw`\bif i (?:died|was gone|were gone|disappeared|killed myself|wasnt here|werent here|was dead|were dead|didnt wake up|never woke up|vanished|left for good)\b[^.!?\n]{0,30}\b(?:no one|nobody|noone|anyone|nobody else|who)\b(?: \w+)?(?: would| will| d)?(?: even| really)? ?(?:care|notice|miss me|be sad|mind|cry)\b|\b(?:dont|do not|wouldnt|would not|couldnt|honestly dont) (?:even )?care (?:if|whether) i (?:live or )?(?:die|died|live|wake up|dont wake up|get hurt|get killed|make it|survive)\b`, negatable: false, figurative: true }),
  rule({ id: "suicide.reunion", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:want|wanna|wish|long|longing|ready|cant wait|need|just want) (?:i could |to )?(?:go |be |get )?(?:to |with |see |join )?(?:(?:my |our )?\w+ (?:\w+ )?)?(?:in heaven|to heaven|up there|on the other side|in the afterlife|wherever (?:she|he|they) (?:is|are))\b|\b(?:join|be with|see) (?:my |our )?(?:mom|mum|dad|mother|father|brother|sister|son|daughter|husband|wife|partner|grandma|grandpa|nan|baby|friend|\w+) (?:again )?(?:in heaven|on the other side|soon)\b`, figurative: true }),
  rule({ id: "suicide.live-or-die", category: "suicidal-thoughts", tier: "urgent", person: "any", pattern: String.raw`\b(?:if|whether) i live or die\b|\b(?:live|living) or (?:die|dying),? (?:i|it) (?:dont|doesnt) (?:care|matter)\b` }),
  rule({ id: "suicide.no-point-living", category: "suicidal-thoughts", tier: "urgent", pattern: alt(
    String.raw`\b(?:whats|what is|wheres|is there|why is there) (?:even )?(?:the|a|any) (?:point|reason|use|purpose) (?:of|in|to|for) (?:living|life|being alive|going on|existing|staying alive|waking up|trying to live|keep living|live|me being alive|my life)\b`,
    String.raw`\b(?:theres|there is|i see|i have|i got|i find|i can find|there isnt|i dont have|i dont see) (?:no|nothing|zero|any|a) (?:point|reason|purpose|reasons) (?:in|to|of|for) (?:living|life|being alive|going on|existing|staying alive|waking up|keep living|live|stay alive|be alive|keep going|go on)\b`,
    String.raw`\b(?:dont|cant|do not) see (?:any|a|the) (?:point|reason) (?:in|to|of) (?:living|life|being alive|going on|keep living|live|be alive|stay alive|existing|keep going)\b`,
    String.raw`\bno reasons? (?:left )?(?:for me )?to (?:live|keep living|go on|stay alive|be alive|wake up|keep going)\b`,
    String.raw`\bno point (?:in |of |to )?(?:living|being alive|going on|existing|life|waking up|staying alive|me being (?:here|alive|around)|me living|me existing)\b`,
    String.raw`\b(?:cant|dont|couldnt) (?:even )?(?:think of|find|come up with) (?:one|a|any|a single) (?:single |good )?reason to (?:live|keep living|go on|stay alive|be alive|keep going)\b`,
    String.raw`\bnot (?:existing|being alive|being here|waking up) (?:sounds|seems|feels|would be|is) (?:so )?(?:good|nice|better|appealing|peaceful|like a relief|easier|tempting)\b`,
    String.raw`\bnothing (?:left )?to live for\b`,
    String.raw`\b(?:being alive|existing|staying alive|my existence|living at all) (?:is|feels|has become|has been|gets|is just|just feels) (?:so |just |too |really |fucking |such )*(?:exhausting|unbearable|torture|agony|pointless|meaningless|a burden|too hard|too much|hell|a nightmare|a punishment|not worth it|a chore)\b`,
    String.raw`\b(?:life|living|my life|lifes|it) (?:isnt|is not|aint|isnt even|is no longer|doesnt feel|does not feel|not|no longer) worth (?:it|living|going on|staying for)\b`,
  ), figurative: true }),
  rule({ id: "suicide.tired-of-living", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:give|giving|gave) up on (?:life|living|staying alive)\b|\b(?:give|giving) up for good\b|\b(?:tired|sick|exhausted|done) (?:of|with|from) (?:\w+ ){1,5}?(?:just )?to (?:stay alive|keep (?:myself )?alive|keep living|keep breathing)\b|\b(?:tired|sick|exhausted|done) (?:of|with) (?:fighting|trying|struggling|having) to (?:stay alive|live|keep going|survive|keep living|be alive)\b|\b(?:tired|sick|exhausted|done|over) (?:of|with) (?:living|being alive|life|existing|this life|breathing|waking up|being here)\b(?! (?:in|with|at|near|like this in))|\bdone(?:[\s.,!]+with (?:everything|it all|everyone))?[\s.,!]+with life\b|\bhate (?:being alive|existing|that im (?:still )?alive|waking up (?:every day|alive|in the morning))\b`, figurative: true }),
  // Crisis talk without the word: "i cant do this anymore", "i cant go on", "i just want it to stop".
  rule({ id: "suicide.cant-go-on", category: "suicidal-thoughts", tier: "urgent", pattern: alt(
    String.raw`\b(?:cant|couldnt|unable to|no longer able to) (?:do|take|handle|bear|stand|cope with|deal with|face|live like|live with|keep doing|survive) (?:this|it|any of this|life|living|this life|it all|everything|another day)(?: (?:anymore|any longer|much longer|another day|like this))`,
    String.raw`\b(?:cant|couldnt|unable to) (?:live|face) another day\b`,
    String.raw`\b(?:cant|couldnt) (?:go on|keep going|keep living|carry on|continue|live like this|keep doing this|survive this|go on living|keep on living|carry on living)(?: like this| anymore| any longer| much longer| this way| like that| the way i am| with this(?: pain)?)?${clauseEnd}`,
    String.raw`\bi cant anymore\b`,
    String.raw`\bi (?:just |really )?want (?:it )?out\b(?! of (?:this (?:job|relationship|marriage|class|house|meeting|town|city|contract|group|chat|place)|here|the \w+|my \w+))`,
    String.raw`\b(?:cant|couldnt|unable to) (?:take|handle|bear|stand|deal with|cope with) (?:this|the|my) (?:pain|hurt|feeling|emptiness|loneliness|suffering) (?:anymore|any longer|much longer)\b`,
    String.raw`\b(?:dont|do not) want to (?:do|live|keep doing|deal with) (?:this|it|any of this|life|any of it) anymore\b`,
  ), figurative: true }),
  // An inner voice or thought that commands: "my brain keeps telling me to jump", "voices telling me to die".
  rule({ id: "suicide.inner-command", category: "suicidal-thoughts", tier: "urgent", person: "any", pattern: String.raw`\b(?:my (?:brain|head|mind)|(?:the |a )?voices?|something (?:inside|in my head)|the thoughts?|intrusive thoughts) (?:keeps? |is |are |keep on |just |always )*(?:telling|tells|told|urging|urges|pushing|pushes|saying) me to (?:jump|die|kill myself|end it|do it|hurt myself|cut|step off|step in front|let go|drive off|swerve|take (?:them|the pills|all))\b` }),
  rule({ id: "suicide.want-it-over", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:want|need|wish|wishing)(?: for)? (?:it|it all|everything|this|all of this|my life|life|this life) (?:to be |)${A}over(?= *(?:$|[.!?,;\n]|already|now|for good|forever|and))`, figurative: true }),
  rule({ id: "suicide.want-it-to-stop", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:want|need|wish|wishing|would like|praying)(?: for)? (?:it|it all|everything|this|all of this|all this|the pain|the hurt|the suffering|my life|life|my existence|my suffering|this life|the world) to ${A}(?:stop|end|be over|go away forever|finish)(?:(?= *(?:$|[.!?,;\n"]|forever|for good|permanently|and|i |please|already|now))| forever| for good| permanently)`, figurative: true }),
  rule({ id: "suicide.thinks-about-death", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:(?:think|thinking|thought|thoughts|obsess(?:ed|ing)?|preoccupied|fantasi[sz](?:e|ed|ing)|dream(?:ing|t|ed)?|daydream(?:ing|ed)?|romantici[sz](?:e|ing)|ruminat(?:e|ing)|fixated|planning|plan) (?:a lot |constantly |so much |all the time |every day |nonstop |too much )?(?:about|of|with|on)|picturing|imagining|visuali[sz]ing|planning|imagine|picture|i keep seeing) (?:a lot |constantly |all the time )?(?:dying|death|being dead|my death|my own death|my funeral|my own funeral|my suicide|not existing|how (?:to|i would|i could|id) (?:end it|die|do it|kill myself)|not being (?:here|alive|around)|ending (?:it|my life|things|everything|it all)|killing myself|suicide|taking my (?:own )?life|how to die|ways to die|not waking up|disappearing forever|just ending it)\b(?! (?:my|her|his|your) hair)`, figurative: true }),
  rule({ id: "suicide.suicidal", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\bsuicidal\b(?! (?:friends?|persons?|people|patients?|teens?|youth|kids?|students?|clients?|brother|sister|partner|son|daughter|mom|dad|family member|squad|mission|behaviou?r in))`, figurative: true }),
  rule({ id: "suicide.suicide-talk", category: "suicidal-thoughts", tier: "urgent", pattern: alt(
    String.raw`\b(?:contemplat\w+|consider\w*|planning|attempt(?:ing|ed)?|tempted by|thinking of|thinking about|thoughts of|thoughts about) suicide\b(?! by (?:old age|natural causes))`,
    String.raw`\bsuicide (?:is|seems|feels|looks|sounds|has been|keeps|is always|would be|is the only|is my only)\b(?:(?!\b(?:not|never|no|isnt|a poor|a bad|a terrible|a permanent|selfish|wrong|always an option|cowardly)\b)[^.!?\n]){0,30}\b(?:only|answer|way out|option|escape|good|better|appealing|tempting|easier|inevitable|mind|relief|solution|attractive|nice|on the table|choice)\b`,
    String.raw`\bsuicide (?:is )?(?:all|the only thing) i (?:can )?think about\b`,
    String.raw`\b(?:all|the only thing) i (?:can )?think about is (?:suicide|dying|death|killing myself)\b`,
    String.raw`\bsuicide (?:crosses|crossed|keeps crossing|is on|has been on) my mind\b`,
    String.raw`\b(?:suicide|unalive|suicidal|death|dying|kms) (?:thoughts|urges|ideation|feelings|fantasies)\b`,
    String.raw`\b(?:talk|talking|talked|talks|posting|posts|joking|jokes|joked) about (?:suicide|killing (?:himself|herself|themselves|myself)|ending (?:it|his life|her life|their life|my life)|wanting to die|dying)\b`,
    String.raw`\bsuicide(?= (?:tonight|tomorrow|today|this weekend|soon|now|it is|its time))`,
    String.raw`\b(?:suicid\w*|unalive|kms|death) (?:vibes|mood|hours|mode|szn|season|energy|o clock)\b`,
  ), figurative: true, timeline: true }),
  rule({ id: "suicide.only-way-out", category: "suicidal-thoughts", tier: "urgent", pattern: alt(
    String.raw`\b(?:death|dying|suicide|killing myself|ending it|ending my life)\b(?:(?!\b(?:not|never|no|isnt|arent)\b)[^.!?\n]){0,25}\b(?:only|best|easiest|last|real) (?:way out|option|choice|escape|answer|solution|way)\b`,
    String.raw`\b(?:only|one|the) (?:way out|escape|option|answer|solution)(?: left)? (?:is|would be|seems|seems to be) (?:death|dying|to die|suicide|killing myself|ending it)\b`,
    String.raw`\b(?:way out|escape|option)s? (?:of this )?(?:except|other than|but|besides) (?:dying|death|to die|suicide|killing myself|ending it)\b`,
    String.raw`\b(?:death|being dead|dying|not existing|not being alive|not being here|not waking up) (?:would be|will be|seems|feels|sounds|is|looks|has to be|must be) (?:like )?(?:a |such a |the |so much |way |much |far )?(?:relief|better|easier|peaceful|welcome|mercy|sweet release|release|freedom|gift|answer|nicer|preferable|kinder)\b`,
    String.raw`\b(?:welcome|embrace|longing for|long for|crave|craving) death\b`,
    String.raw`\b(?:death|dying|suicide|killing myself|ending it|ending it all|ending my life|not existing|not being here|not waking up|the idea of dying)\b (?:is |keeps |has been |starts |started |is starting to |is beginning to |starts to |started to |keeps on )?(?:looking|sounding|seeming|getting|feeling|look|sound|seem|feel) (?:better|more and more|more (?:appealing|tempting|attractive|likely|real)|like (?:the|an|a) (?:answer|option|way out|good idea|solution|relief|plan))`,
    String.raw`\b(?:dont|cant|do not|cannot) (?:see|imagine|picture) myself (?:making it|living|surviving|lasting|getting|reaching) (?:to|past|until|through|beyond|much longer|another)\b`,
    String.raw`\bwhy (?:do |should |would )?i (?:even |still |keep )*(?:bother(?:ing)? |try(?:ing)? )?(?:being alive|staying alive|stay alive|keep living|existing)\b`,
    String.raw`\bready to die\b`,
    String.raw`\b(?:id|i would) (?:rather|sooner) (?:die|be dead)(?= than (?:keep |go on |continue |carry on |spend another day )?(?:living|live|being alive|existing|exist|feeling (?:like )?this|going on|another day|waking up|wake up))`,
    String.raw`\b(?:id|i would) (?:rather|prefer to) (?:be dead|die|not (?:exist|be alive|be here|live|wake up|be born))\b(?![^.!?\n]{0,40}\bthan\b)`,
    String.raw`\bwhy (?:am|are) (?:i|we) (?:even |still )*(?:alive|here|living|breathing|still here)\b|\bwhy (?:do|should) i (?:even |still )*(?:exist|bother living|keep living|stay alive|go on)\b`,
    String.raw`\b(?:dont|cant|do not|cannot) (?:see|imagine|picture) myself (?:being |still )?(?:alive|here|around|living)(?: (?:next|in|by|much longer|for long|anymore|at))?\b`,
    String.raw`\b(?:wont|will not|dont think ill|dont think i will) (?:make it|live) (?:to|until|till|through) (?:my birthday|christmas|next (?:year|week|month)|the (?:weekend|end of|new year)|tomorrow|\d+)\b`,
    String.raw`\b(?:dont|do not) know how (?:much )?(?:longer|long) i can (?:keep going|go on|do this|hold on|take (?:it|this)|last|keep living|survive|keep fighting|keep this up|stay alive|cope)\b|\bcant hold on (?:much )?(?:longer|anymore)\b`,
  ), figurative: true }),
  rule({ id: "suicide.disappear", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:want|wanna|wish i could|wish to|need to|just want to|would love to|wanting to|long to) ${A}(?:to )?${A}(?:disappear|vanish|not exist|stop existing|cease to exist|be erased|fade away|evaporate)(?: forever| for good| completely| from this world| from existence| from the earth)?\b(?! (?:for (?:a|the) (?:while|bit|day|week|weekend|few|night|month)|to (?:the|a|my|another)|into (?:my|a|the) (?:room|bed|book|game|crowd|background)|from (?:social media|the internet|instagram|work|school|the party|class)|on (?:holiday|vacation)|somewhere|under (?:a|the|my) (?:blanket|covers|duvet)|off the grid|and travel|and start))`, figurative: true }),
  rule({ id: "suicide.means-seeking", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:tempted to|urge to|urges to|thought about|thinking about|keep thinking about|wanted to|want to) (?:go )?(?:look for|get|grab|use|take|find|buy|load|pick up|swallow) (?:a |the |my |my \w+s |all (?:of )?(?:the |my )?)?(?:gun|guns|pills|rope|knife|razor|blade|rifle|pistol|bottle of pills)\b|\b(?:pick up|picked up|hold|held|holding|load|loaded|loading) (?:the|a|my) gun\b(?=[^.!?\n]{0,60}\b(?:myself|my head|end it|do it|kill|die|balls|courage|guts)\b)|\bswallow (?:the|all the|my) pills\b(?=[^.!?\n]{0,60}\b(?:end it|do it|kill|die|balls|courage|guts|havent)\b)|\b(?:balls|courage|guts|nerve|strength|bravery) to (?:(?:pick up|use|hold|load|grab|get|pull) (?:the|a|my) (?:gun|trigger|rope|knife|blade)|(?:swallow|take) (?:the|all the|all my|my) (?:pills|tablets|meds)|(?:do it|go through with it|end it|kill myself|jump))\b`, negatable: true }),
  // Reaching for crisis care is itself a sign of crisis: "i called the suicide hotline", "thinking of
  // checking myself in", "i need something to get me through the night".
  // An act done for a deadly purpose: "taking pills to make it stop for good".
  rule({ id: "plan.act-with-purpose", category: "plan-or-means", tier: "imminent", pattern: String.raw`\b(?:taking|take|took|swallowing|swallowed|drinking|drank|using|mixing|cutting|going|driving|walking|heading) (?!to\b)(?:(?!\b(?:want|wanna|need|wish|like this)\b)[^.!?\n,;]){1,50}\bto (?:make it (?:all )?stop (?:for good|forever|permanently)|make everything stop (?:for good|forever)|end it(?! (?:with|between))|end it all|end my life|die|not wake up|never wake up|sleep forever|kill myself|make sure i (?:die|dont wake up))\b`, figurative: true }),
  // Ambivalence, in the words people use for it: "talking myself out of it", "convincing myself not to".
  rule({ id: "suicide.ambivalence", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:talk|talking|talked|convince|convincing|convinced|stop|stopping|stopped|hold|holding|held) myself (?:back )?(?:out of (?:it|doing it|killing myself|ending it)|(?:that )?i (?:shouldnt|should not|cant|mustnt)(?= *(?:$|[.!?,\n]|do it|go through|by))|not to (?:do it|go through with it|end it|kill myself|jump))\b|\bmy (?:suicide )?method (?:is|isnt|isn t|will be|is still) (?:ready|there|going anywhere|still there|waiting|available)\b` }),
  rule({ id: "suicide.crisis-care", category: "suicidal-thoughts", tier: "urgent", pattern: alt(
    String.raw`\b(?:called|call|calling|texted|text|texting|rang|ring|contacted|phoned|reached out to|looking for|look for|looked for|need|needed|searching for|find|found)(?: \w+){0,2} (?:suicide|crisis|samaritans|lifeline|988) ?(?:hotline|line|lifeline|helpline|number|text line|center|centre|team|service)?\b`,
    String.raw`\b(?:check|checking|checked|admit|admitting|admitted|commit|committing|committed|get|getting|got) myself (?:in|into (?:a |the )?(?:hospital|psych\w*|ward|inpatient|er|mental \w+|clinic|facility|rehab))\b`,
    String.raw`\b(?:get|getting|make it|making it) (?:me )?through (?:the|this|tonight|the night)(?: night)?(?= *(?:$|[.!?,\n]|alive|without))`,
  ) }),
  rule({ id: "suicide.past-attempt", category: "suicidal-thoughts", tier: "urgent", notInSentence: String.raw`\b(?:range|hunting|shooting (?:range|club)|target|clay|paintball|airsoft|climbing|swing|tug)\b`, pattern: String.raw`\b(?:my|the) (?:gun|pistol|rifle) jammed\b|\b(?:the|my) (?:rope|noose|belt|cord) (?:broke|snapped|gave way)\b|\b(?:woke up|came round|came to) (?:in|at) (?:the )?(?:hospital|icu|a ?& ?e|er|emergency room|psych ward)\b[^.!?\n]{0,40}\b(?:pills|overdose|tried|attempt|again)\b|\b(?:had|got) my stomach pumped\b|\bsurvived (?:my|an?|the) (?:suicide )?attempt\b|\b(?:my|a|another|last|first|second|third|previous|recent) (?:suicide|suicidal) attempts?\b|\bmy (?:last |first |second |third |previous |recent )?attempts?\b(?! (?:at|to|of|in))|\b(?:i|ive|i have|i had) (?:\w+ )?(?:attempted|tried)(?= (?:suicide|before|twice|once|\w+ times|again|multiple times|several times)\b)` }),

  // ===== Plan, intent, means (imminent) =================================================================
  rule({ id: "plan.method-research", category: "plan-or-means", tier: "imminent", pattern: alt(
    String.raw`\b(?:most |least )?(?:painless|quickest|quick|easiest|easy|fastest|surest|best|most effective|least painful|peaceful|cleanest|reliable|effective|foolproof|sure) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill myself|killing myself|end (?:it|my life)|ending (?:it|my life)|commit suicide|suicide|go|unalive|overdose|od)\b`,
    String.raw`\b(?:how many|how much) (?:\w+ ){0,3}(?:pills|tablets|mg|milligrams|grams|${drugs}|of (?:my|the|these|those|them|it)|would it take|does it take|do i need|would i need)\b[^.!?\n]{0,30}\b(?:to (?:die|kill (?:myself|me|you|someone)|overdose|be fatal|be lethal|stop (?:my|your) heart|not wake up|end it)|(?:is|are|would be) (?:lethal|fatal|deadly|enough to (?:die|kill)))\b`,
    String.raw`\b(?:looked up|look up|looking up|googled|googling|searched|searching|researched|researching|reading about|read about|watched videos? (?:on|about)) (?:\w+ ){0,2}(?:how to (?:die|kill myself|end (?:it|my life)|overdose|hang (?:myself|yourself)|commit suicide|tie a noose)|ways to (?:die|kill myself|end it|commit suicide)|suicide methods|methods of suicide|lethal doses?|how many pills|overdose amounts?|how (?:long|much) it takes to die)\b`,
    String.raw`\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|quantity|levels?) (?:of|for)\b`,
    String.raw`\bhow (?:do i|do you|can i|would i|should i|to) (?:tie a noose|kill myself|end my life|commit suicide|overdose|hang myself)\b(?=[^.!?\n]*\?)`,
  ), timeline: true }),
  rule({ id: "plan.stockpiling", category: "plan-or-means", tier: "imminent", pattern: alt(
    String.raw`\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*|stash\w*|hiding|hid|hidden|gathering|gathered|storing|stored|keeping)(?: up)? (?:all )?(?:my |the |enough |some |of my )?(?:pills|meds|medication|tablets|sleeping pills|painkillers|prescriptions?|antidepressants|insulin|pain meds|benzos|oxys?)\b(?! (?:in the|for (?:my|the) (?:trip|holiday|vacation)))`,
    String.raw`\b(?:have|got|bought|found|collected|saved|ordered|gathered) enough (?:pills|meds|medication|tablets|sleeping pills|painkillers|\w+ pills|antidepressants|insulin)\b`,
    String.raw`\b(?:have|got|bought|found|collected|saved|ordered|gathered|got hold of) (?:enough|the|a|some) \w+(?: \w+)? to (?:do it|kill myself|end it|die|overdose|end my life)\b`,
    String.raw`\b(?:i have|ive got|i got|bought|i bought|found|tied|tying|made|making|ive made|theres|there is|hung|hanging|got) (?:a|the|my) noose\b`,
    String.raw`\bnoose (?:in|under|on) my (?:closet|room|car|bag|bed|wardrobe|garage|shed)\b`,
    String.raw`\b(?:rope|noose|ligature) (?:is )?(?:ready|tied|set up)\b|\bthe (?:rope|noose) ready\b`,
    String.raw`\b(?:pills|meds|tablets)\b[^.!?\n]{0,20}\b(?:lined up|counted out|laid out|all out in front of me)\b`,
    String.raw`\b(?:counted|counting|lined up|lining up|laid out|sorted) (?:out )?(?:all )?(?:the|my|all my|all the) (?:pills|meds|tablets|medication)\b`,
    String.raw`\b(?:pills|gun|knife|blade|razor|rope|bottle|noose|pistol)\b (?:are |is )?(?:in my hands?|in my lap|in my pocket)\b`,
    String.raw`\b(?:put|putting|hung|hanging|tied|tying|set|setting|rigged) (?:up )?(?:the|a|my) (?:rope|noose|ligature)(?: up)?\b`,
    String.raw`\b(?:rope|noose|belt|cord|ligature)\b[^.!?\n]{0,30}\b(?:is ready|ready to go|all set|tied up|tied it|hanging from|from the (?:ceiling|beam|door|rafters))`,
    String.raw`\b(?:gun|pistol|rifle|shotgun|revolver)\b[^.!?\n]{0,25}\b(?:to my head|in my mouth|is loaded|loaded it|under my chin|against my (?:head|temple)|for me)\b`,
    String.raw`\b(?:gun|pistol|revolver) and (?:a|one|1|a single) bullet\b|\b(?:started |am |im |was )?loading (?:the|my|a|his|dads) (?:gun|pistol|rifle|shotgun)\b`,
    String.raw`\b(?:im|i am|sitting here|standing here) (?:\w+ )?(?:holding|gripping|staring at|looking at) (?:(?:a|the|my|his|her|\w+s) ){1,2}(?:gun|pistol|rifle|shotgun|revolver|knife|blade|razor|noose|rope)\b`,
    String.raw`\b(?:rope|belt|cord|cable|ligature|scarf|dressing gown cord)\b[^.!?\n]{0,40}\b(?:stool|beam|hook|rafters?|banister|bannister|loft hatch|door handle|branch|which tree|the tree)\b`,
    String.raw`\b(?:im|i am|sitting|standing|lying|alone)\b[^.!?\n]{0,30}\bwith (?:a|the|my|some|all my|all the) (?:rope|noose|gun|knife|blade|razor|pills|tablets|bottle of pills|belt|ligature)\b(?![^.!?\n]{0,40}\b(?:climbing|camping|whittl\w*|hiking|cooking|kitchen|bbq|boat|sailing|fishing|dinner|chopping|carving)\b)`,
    String.raw`\bmy will\b[^.!?\n]{0,40}\b(?:notes?|letters?)\b|\b(?:notes?|letters?)\b[^.!?\n]{0,40}\bmy will\b`,
    String.raw`\b(?:is|was|would be|will) (?:that|this|it) enough (?:to (?:die|kill|do it|not wake up))?\?|\bhow many (?:more )?(?:of them )?(?:do i need|should i take|would it take)\b`,
    String.raw`\b(?:knife|blade|razor|razors|blades|scissors|glass|shard)\b (?:is )?(?:in my hands?|on my wrist|against my (?:wrist|skin|throat|arm|neck))\b`,
    String.raw`\b(?:put|putting|held|holding|hold|pressed|pressing|press) (?:the|a|my) (?:knife|blade|razor|gun|scissors|glass|shard|pistol) (?:to|against|on|into) my (?:wrists?|throat|neck|head|arms?|skin|chest|temple|mouth)\b`,
    String.raw`\b(?:in|sitting in|lying in) the (?:bath|bathtub|tub) with (?:a|the|my) (?:razor|blade|knife|toaster|hair ?dryer|pills)\b`,
    String.raw`\b(?:i )?(?:know|decided|figured out|worked out|chosen|planned|picked|found)(?: exactly)? (?:how|when|where|the (?:place|spot|bridge|way|method|date|day)) (?:im going to|ill|i will|i would|id|i could|i can|to|i want to)(?: \w+)? (?:do it|end it|die|kill myself|jump|end my life)\b`,
  ), timeline: true }),
  // Lethal means acquired or at hand. Said to a mental-health companion, a rope, a gun or saved-up pills
  // is read as means unless the sentence gives an everyday reason (climbing, hunting, the kitchen, a
  // prescription). Bare "i have pills" stays ambiguous (prep.means-ambiguous).
  rule({ id: "plan.lethal-means", category: "plan-or-means", tier: "imminent", pattern: alt(
    String.raw`\b(?:bought|buying|got|have|ive got|own|found|ordered|picked up|keep|kept|hid|hidden|stole|borrowed|took|got (?:my )?hands on|get (?:my )?hands on)\b(?: \w+){0,2}? (?:a|the|some|my|his|her|\w+s|another)(?: \w+){0,2}? (?:rope|noose|gun|pistol|handgun|revolver|rifle|shotgun|firearm|rat poison|charcoal|helium tank|exit bag|ligature)\b`,
    String.raw`\b(?:loaded|load) (?:gun|pistol|rifle|shotgun|revolver)\b|\b(?:gun|pistol|rifle|shotgun|revolver) (?:is|s) (?:loaded|under my pillow|in my (?:room|bag|car|drawer|hand))\b`,
    String.raw`\b(?:[1-9]\d+|\w+ty|a hundred|enough|all my|loads of|lots of) (?:\w+ )?(?:pills|tablets|meds|${drugs}) (?:saved|stockpiled|hidden|collected|stashed|put aside|set aside)(?: up)?\b`,
  ), notInSentence: String.raw`\b(?:climb\w*|camping|hunt\w*|range|target practice|clay|club|licen[cs]e\w*|collection|collector|kitchen|cooking|bbq|boat|sailing|fishing|skipping|jump rope|tug of war|swing|hammock|laundry|washing line|tent|prescri\w+|doctor|pharmacy|headache|period|cold|flu|allerg\w*|dog|horse|garden|rats?|mice|pests?|bbq|toy|nerf|water gun|paintball|airsoft|video game|in the game|fortnite|gift|present|christmas|birthday)\b` }),
  // Intent said outright is in suicide.self-act (modal "going to"); these are intent without a verb.
  rule({ id: "plan.decided", category: "plan-or-means", tier: "imminent", pattern: String.raw`\b(?:ive|i have|i) (?:made up my mind|decided|made the decision|made my decision)\b(?=[^.!?\n]{0,40}\b(?:die|kill myself|end it|end my life|suicide|do it|not (?:be here|wake up)|goodbye)\b)` }),

  // ===== Preparations and goodbyes (imminent) ===========================================================
  rule({ id: "prep.goodbye", category: "preparations", tier: "imminent", pattern: alt(
    String.raw`\bsuicide (?:note|letter|video)s?\b`,
    String.raw`\b(?:writing|wrote|written|finished|sending|sent|recording|recorded) (?:my |all my )?goodbyes\b`,
    String.raw`\b(?:goodbye|farewell) (?:letters?|notes?|messages?|videos?|texts?|posts?)\b`,
    String.raw`\b(?:wrote|written|writing|write|left|leaving|finished) (?:\w+ )?(?:letters|notes) (?:to|for) (?:everyone|everybody|my (?:family|kids|children|parents|friends|loved ones)|all of them|the people i love|each of them)\b`,
    String.raw`\b(?:giving|gave|give|given|giving) away (?:all )?(?:of )?(?:my (?:things|stuff|belongings|possessions|savings|pets?|cat|dog)|everything i (?:own|have))\b`,
    String.raw`\b(?:gave|giving|give|given) (?:away )?(?:my \w+(?: and (?:my )?\w+)?)[^.!?\n]{0,40}\b(?:wont|will not|dont|do not|no longer) (?:need|be needing|use) (?:them|it|any of (?:it|them)|those|that)(?: (?:anymore|any longer|where im going))?`,
    String.raw`\bsaid (?:all )?(?:my )?goodbyes\b`,
    String.raw`\b(?:giving|gave|give|given) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|savings|stuff) away\b`,
    String.raw`\b(?:said|say|saying) goodbye to (?:everyone|everybody|my family|my parents|my kids|my children|my friends|the people i love)\b(?! (?:at|before (?:the|my) (?:trip|flight|move)|for (?:the|now|tonight)))`,
    String.raw`\b(?:dont|doesnt|didnt|do not|does not) know (?:its|it is|it was|that its|that it was|this is) (?:goodbye|the last time|my last)\b`,
    String.raw`\b(?:wrote|written|writing|left|leaving|finished) (?:a |my )?(?:notes?|letters?) (?:to|for) (?:my (?:family|parents|kids|children|loved ones|friends)|my \w+ and (?:my )?\w+|each of (?:them|my \w+))\b`,
    String.raw`\bsaying (?:my )?goodbyes\b`,
    String.raw`\bsay(?:ing)? (?:my )?goodbyes? to (?:everyone|everybody|my family|the world|my kids|all of you|my friends)\b(?! (?:at|before (?:the|my) (?:trip|flight|move)))`,
    String.raw`\bthis is (?:my )?(?:goodbye|farewell|my last (?:message|text|post|night|day|words))\b`,
    String.raw`\bthis is the last (?:time (?:you(?:ll)? hear|anyone hears) from me|message (?:you(?:ll)? get|ill send))\b`,
    String.raw`\bby the time (?:anyone|you|someone|they|somebody|my \w+) (?:reads?|sees?|finds?|gets?) this\b`,
    String.raw`\b(?:i )?(?:wont|will not|am not going to|im not going to|not going to|im not gonna|not gonna) be (?:here|around|alive) (?:tomorrow|much longer|anymore|by (?:tomorrow|morning|the weekend|then)|for long|next (?:week|month|year)|for much longer|after (?:tonight|today|this))\b(?![^.!?\n]{0,6}\b(?:im|ill be|i will be|were|well be|going to be|ill)\s(?:at (?:my |a |the |our )?(?:(?:dads?|moms?|mums?|parents|grandmas?|grandpas?|nans?|aunts?|uncles?|friends?|sisters?|brothers?|cousins?|boyfriends?|girlfriends?|partners?)(?: place| house)?|work|school|home|the office|uni|college|a conference|camp|practice|training)|away|on (?:holiday|vacation|a trip|leave|shift)|travell?ing|visiting|out of town|staying (?:at|with)|working)\b)`,
    String.raw`\b(?:made|making) (?:my )?peace with (?:dying|death|it|everything|my decision|the decision|leaving|going|my death|ending it)\b`,
    String.raw`\b(?:you|they|anyone|no one|nobody) (?:wont|will not|will never|wont ever|is never going to|are never going to) (?:hear from|see|talk to) me (?:again|anymore|after (?:tonight|today))\b`,
    String.raw`\b(?:put|putting|getting|got|get|have put) (?:all )?my affairs in order\b`,
    String.raw`\bfind my (?:body|corpse)\b`,
    String.raw`\b(?:this is|its|this will be|that was|this was) (?:the|our|my) (?:last|final) time (?:we|well|we will|ill|i will|i get to|you(?:ll)?|i)(?: \w+)? (?:talk|speak|chat|hear from me|see each other|message|talk to you)\b(?! (?:before|until|till|for a while|this (?:week|year|month)|about))`,
    String.raw`\bmy (?:last|final) (?:post|message|text|words|entry|tweet|video)(?= *(?:$|[.!\n]))`,
    String.raw`\b(?:writing|wrote|written|finished|finishing|left|leaving|hid|hidden|put|sealed) my (?:last |final )?(?:note|letter)\b(?! (?:to|for|about|on|from|book|app|pad|in (?:class|school|the meeting)))|\bmy (?:last |final )?(?:note|letter) (?:is|are|will be) (?:in|on|under|next to|by|beside|inside|ready|written|done|finished)\b`,
    String.raw`\bsee you (?:all )?on the other side\b`,
    String.raw`\b(?:today|tomorrow|tonight|this|friday|saturday|sunday|monday|tuesday|wednesday|thursday) (?:will be|is|is going to be|s) my (?:last|final) (?:day|night|week|morning)\b(?! (?:at|of|in|on|as|before) (?!earth|this earth|this planet))|\b(?:this is|its) my (?:last|final) (?:day|night) (?:on earth|alive|here|on this earth)\b`,
    String.raw`\b(?:i )?(?:wont|will not|dont think ill|dont think i will|am not going to|im not going to|not going to) (?:see|make it to|live to see|be alive for|be around for|wake up) (?:tomorrow|the morning|sunrise|next week|my birthday|christmas|the weekend|another day)\b`,
    String.raw`\b(?:ill|i will|im going to|i am going to|i should) be (?:dead|gone) (?:by|before) (?:morning|tomorrow|tonight|the weekend|sunrise|sunday|monday|friday|saturday|the end of)\b|\b(?:ill|i will) be (?:dead|gone) (?:soon|tonight|tomorrow)\b`,
    String.raw`\b(?:so|so that) (?:nobody|no one|noone) (?:can|could|will|would) (?:stop|find|save|interrupt) me\b`,
    String.raw`\bif (?:i dont|i do not|nobody|no one|noone)\b[^.!?\n]{0,50}\b(?:by|before|at|until) (?:midnight|tonight|tomorrow|morning|\d+)\b[^.!?\n]{0,20}\b(?:im|i am|ill|i will) (?:doing|do|going to do|gonna do) it\b`,
    String.raw`\b(?:goodbye|bye|farewell) (?:everyone|everybody|world|all of you|to all|to everyone)\b(?= *(?:$|[.!\n]))`,
    String.raw`\b(?:final|last) goodbye\b`,
    String.raw`\b(?:goodbye|bye|farewell) (?:everyone|everybody|world|all of you)\b,? (?:(?:im|i am) (?:done|out|finished|sorry)|its over|i give up|i cant)\b`,
    String.raw`\bmy (?:last|final) (?:day|night|hours?|week|breath|sunset|sunrise|meal|words) (?:on (?:this )?earth|alive|of my life|in this world|on this planet)\b`,
    String.raw`\b(?:ill|i will|im going to|i am going to|i should) (?:already |probably |hopefully )?be (?:dead|gone) (?:before|by) (?:the sun comes up|sunrise|dawn|daylight|midnight|the end of (?:the|this|tonight))\b`,
    String.raw`\bgoodbye (?:forever|world|cruel world)\b`,
  ), notInSentence: String.raw`\b(?:class|homework|lecture|teacher|exam|sick note|doctors note|thank you (?:note|letter)|note to self|app|meeting|shopping|grocery|landlord|boss|permission slip|cover letter|application|resignation|council|complaint)\b` }),
  // Last words for someone, whoever is asked to pass them on ("if anyone finds this phone tell my mum
  // i love her"): the subject is whoever reads it, the words are the client's.
  rule({ id: "prep.last-words", category: "preparations", tier: "imminent", person: "any", pattern: alt(
    String.raw`\btell (?:my \w+|them|everyone|him|her|my \w+ and \w+) (?:that )?(?:it|this) (?:wasnt|isnt|was not|is not|wont be|was never) (?:their|his|her|your|anyones) fault\b`,
    String.raw`\b(?:wont|will not|dont|do not) need (?:it|them|this|that|these|those|any of (?:it|this|them|that)|my \w+|anything|money|\w+s) (?:where im going|after (?:tonight|im gone|today))\b`,
    String.raw`\btell (?:my (?:mom|dad|family|kids|children|sister|brother|wife|husband|partner|boyfriend|girlfriend|parents|son|daughter|friends|mother|father|best friend)|everyone|them) (?:that )?(?:i love (?:her|him|them|you|everyone)|im sorry|i loved (?:her|him|them))\b`,
  ) }),
  rule({ id: "prep.farewell-words", category: "preparations", tier: "imminent", latent: "farewell", person: "any", pattern: alt(
    String.raw`\b(?:goodbye|bye) (?:everyone|everybody|all|guys|friends|my friend)\b`,
    String.raw`\bthank(?:s| you) for everything\b`,
    String.raw`\b(?:im )?sorry for everything\b`,
    String.raw`\b(?:goodbye|bye)(?= *(?:$|[.!\n]))`,
    String.raw`\b(?:i )?love (?:you|u) all\b`,
    String.raw`\bi (?:just )?wanted (?:someone|you|somebody|one person) to know\b`,
    String.raw`\bnothing (?:left|more) to say\b`,
    String.raw`(?:^|(?<=[.!?\n] ?))(?:im |i am )?(?:so )?sorry(?: for everything| for all of it)?(?= *(?:$|[.!\n]))`,
    String.raw`(?:^|(?<=[.!?\n] ?))(?:im )?sorry (?:mum|mom|dad|everyone|everybody|guys|all|to everyone|my love|babe|mama|papa)(?= *(?:$|[.!,\n]))`,
  ) }),
  rule({ id: "prep.goodbye-ambiguous", category: "preparations", tier: "imminent", latent: "goodbye", person: "any", pattern: alt(
    String.raw`\btake care of (?:my (?:cat|dog|kids|family|mom|pets?|plants|sister|brother|children)|them for me|yourself for me|everyone for me)\b`,
    String.raw`\bdeleted (?:all )?(?:of )?my (?:accounts|social media|profiles)\b`,
    String.raw`\b(?:updated|wrote|made|finished|sorted|sorting) (?:out )?my will\b`,
    String.raw`\b(?:wrote|written|writing|left|leaving) (?:a|my) (?:note|letter)\b(?! (?:to|for) (?:my |the |a )?(?:landlord|boss|teacher|school|grandma|grandmother|grandpa|grandfather|neighbou?r|doctor|therapist|council|manager|office|company|colleague|class|professor|tutor|friend|mom|dad|partner|girlfriend|boyfriend|wife|husband))`,
    String.raw`\b(?:gave|giving|given) (?:away )?my (?:guitar|cat|dog|books|laptop|phone|jewel\w*|clothes|stuff|things|plants)\b`,
    String.raw`\b(?:letters?|notes?|goodbyes?) (?:are |is )?(?:all )?(?:written|done|ready|finished|sent|said)\b`,
    String.raw`\b(?:wrote|written|writing|recorded|recording) (?:everyone|everybody|each of them|all of them|my family|them all|my (?:mum|mom|dad|parents|kids|sister|brother)) (?:a |an )?(?:messages?|letters?|notes?|videos?|emails?)\b`,
    String.raw`\b(?:scheduled|schedule|scheduling|queued|set up) (?:it|them|the messages?|a message|messages|the emails?|an email|the posts?|a post|the texts?)\b(?! for (?:work|the meeting|my boss|a meeting))`,
    String.raw`\b(?:gave|given|giving|transferred|sent|left) (?:away )?(?:all|most|the rest) (?:of )?my (?:money|savings|stuff|things|possessions|belongings)\b`,
    String.raw`\b(?:cancelled|canceled|cancelling|canceling|ended|closed) my (?:phone|phone contract|contract|lease|subscriptions?|bank account|accounts|gym membership|insurance|plans)\b`,
    String.raw`\bbefore i (?:go|die|leave this world|leave for good|do it|end it|am gone|m gone)\b(?! (?:to|out|home|back|into|on|shopping|for|and|in))`,
    String.raw`\b(?:rehomed|found (?:a )?(?:new )?homes? for|gave away) (?:my )?(?:dog|cat|pets?|puppy|kitten|bird|rabbit)\b|\b(?:dog|cat|pets?) (?:is|are|has been|have been) rehomed\b`,
    String.raw`\bmade (?:my )?peace\b`,
    String.raw`\b(?:deleting|delete|deleted|wiping|wiped) (?:all )?(?:of )?my (?:accounts|social media|profiles|photos|messages|search history)\b`,
    String.raw`\b(?:ill|i will|i might|i may) (?:already |probably |hopefully |finally |just )?be (?:long )?gone\b(?! (?:for (?:a|the|two|three|\d+|a few|the whole) \w+|on (?:holiday|vacation|a trip)|until|till|all (?:day|week|weekend)))`,
  ) }),
  rule({ id: "prep.means-ambiguous", category: "plan-or-means", tier: "imminent", latent: "means", pattern: alt(
    String.raw`\b(?:i (?:have|got|bought|found|ordered|picked up)|ive got|got|bought|found|ordered)\b(?: \w+){0,8}? (?:pills|tablets|meds|sleeping pills|painkillers|rope|gun|pistol|rifle|knife|knives|blade|blades|razor|razors|poison|rat poison|charcoal|helium|bleach|antifreeze|noose|${drugs})\b`,
    String.raw`\b(?:the )?(?:pills|tablets|meds|rope|gun|knife|blade|razor) (?:are|is) (?:on|in|under|next to|by) (?:the|my) \w+`,
    String.raw`\b(?:i )?(?:took|taken|swallowed) (?:the|those|all those|all the) (?:pills|tablets|meds)(?= *(?:$|[.!?,\n]|and|already|now))`,
    String.raw`\b(?:pills|rope|gun|knife|blade|razor|poison) (?:is|are) (?:here|ready|right here|next to me|in front of me|on my (?:desk|bed|table))\b`,
    String.raw`\b(?:theres|there is|i keep|ive hidden|i hid) (?:a |the |my )?(?:rope|noose|gun|knife|blade|razor|pills|stash of pills) (?:in|at|under|behind)\b`,
    String.raw`\b(?:have|got|ive got|i have|holding|bought|saved|collected|counted|counting) (?:like |about |around |over |almost |nearly |at least )?(?:[1-9]\d+|\w+ty|a hundred|hundreds of|a (?:whole |full )?(?:bottle|box|pack|packet|strip|month's supply|months supply) of) (?:\w+ ){0,2}?${drugs}\b`,
    String.raw`\b(?:pills|meds|tablets)\b[^.!?\n]{0,20}\bin front of me\b`,
    String.raw`\bhave everything (?:i need|ready|planned|prepared|sorted|set up)\b`,
    String.raw`\b(?:i have|ive got|i got|got|have) (?:the|all the) (?:stuff|things|supplies)(?: i need| ready| sorted)?(?= *(?:$|[.!?,\n]|and|now))`,
    String.raw`\bi (?:have|got|ve got) (?:more than (?:that|enough)|way more than (?:that|enough)|plenty)(?= *(?:$|[.!?,\n]))`,
    String.raw`\b(?:pills|meds|tablets|${drugs})\b[^.!?\n]{0,30}\b(?:and|plus|with|\+|&) (?:a (?:bottle|lot) of |the |some |my |a )?(?:alcohol|vodka|whiskey|whisky|wine|booze|gin|rum|tequila)\b|\b(?:alcohol|vodka|whiskey|whisky|wine|booze|gin|rum|tequila)\b[^.!?\n]{0,30}\b(?:and|plus|with|\+|&) (?:all )?(?:the |my |some |a bottle of )?(?:pills|meds|tablets|${drugs})\b`,
    String.raw`\b(?:took|taken|swallowed|downed) (?:half|some|most|a few|a handful|a bunch|loads|a lot) of (?:them|the \w+|my \w+)\b`,
    String.raw`\b(?:took|taken|swallowed|downed) (?:them all|all of them|every one of them|the lot|all of it|every last one)\b`,
    String.raw`\b(?:took|taken|swallowed|downed) (?:them|it)(?= *(?:$|[.!?\n]|already|now))`,
    String.raw`\b(?:got|have|took|take|taking|getting) (?:the|my) (?:razor|razors|razor blades|blades|knife|pills) out\b`,
    String.raw`\b(?:got|have|ive got|ive|everything is|everythings|its all|all) (?:everything |it all )?(?:ready|set up|prepared|in place|sorted|laid out|organised|organized|arranged|in order|taken care of|sorted out)\b(?! for (?:the|my|our|a) (?:trip|party|holiday|move|exam|interview|wedding|date|trip|meeting|presentation))`,
  ) }),
  rule({ id: "prep.intent-ambiguous", category: "plan-or-means", tier: "imminent", latent: "intent", person: "any", pattern: alt(
    String.raw`\b(?:its|it is|theyre|they are|those are|that is|thats) for me\b`,
    String.raw`\b(?:im |i am )?ready to do it\b`,
    String.raw`\b(?:so |really |very )?close to doing it\b`,
    String.raw`\b(?:im going to|going to|gonna|ill|i will|about to|im about to|planning to) (?:just )?(?:take|swallow|use|down) (?:them|it|them all|all of them|those|these)\b(?! (?:to|with|out|home|back|along|for|in|on|off|apart|seriously|easy))`,
    String.raw`\b(?:dont think|not sure) (?:im|i am|ill be|i will be) coming (?:back|home)\b|\bim not coming back\b`,
    String.raw`\b(?:know|decided|figured out) (?:exactly )?what (?:im going to|ill|i will|to|im gonna) do with (?:it|them|that)\b`,
    String.raw`\b(?:wont|will not|wont be|will not be) (?:need|needing) (?:to|it|them|him|her|anything|my|any)\b`,
    String.raw`\b(?:ive |i have |i )?made up my mind\b|\bmy mind is made up\b`,
    String.raw`\bthis is the end(?: for me| of me)?\b(?! of (?:the|this|my) (?!life|road))`,
    String.raw`\b(?:i |to )?finally (?:do|doing|going to do|gonna do) it\b`,
    String.raw`\b(?:this time|for real this time)\b[^.!?\n]{0,30}\b(?:do it|doing it|go through with it|end it)\b|\b(?:actually|really|definitely) (?:going to|gonna) (?:do it|go through with it)\b`,
    String.raw`\bhave (?:the|my) (?:pills|gun|knife|blade|razor) ready\b`,
    String.raw`\b(?:im|i am) ready(?= *(?:$|[.!\n]))`,
    String.raw`\b(?:take|taking|swallow|swallowing|down|downing) the rest(?: of (?:them|the \w+|my \w+))?\b`,
    String.raw`\bso (?:that )?i can (?:finally )?(?:do it|end it|go through with it|be alone with it|get it done)\b`,
    String.raw`\b(?:should|will|would|is that|would that|will that|thats|that should) be enough\b(?! (?:for (?:dinner|lunch|now|today|the)|time|money|food))`,
  ) }),
  rule({ id: "prep.place", category: "plan-or-means", tier: "imminent", latent: "place", person: "any", pattern: String.raw`\b(?:im|i am|standing|sitting|sat|parked|waiting|now|heading|going|walking|driving|on my way|drove|walked|climbed) (?:at|on|by|near|under|to|towards|down to|up to|onto|up) (?:the|a) (?:bridge|cliffs?|edge|ledge|tracks|train tracks|railway|railway line|roof|rooftop|river|overpass|motorway bridge|quarry|top floor|lake|sea|woods|forest|multistorey|multistory|car park roof|balcony)\b`, notInSentence: String.raw`\b(?:photos?|pictures?|view|hik\w+|sunset|picnic|walk|beautiful|amazing|friends|party|bbq|drinks|waiting for (?:the|my) (?:bus|train|ride|friend))\b` }),
  rule({ id: "prep.alone", category: "plan-or-means", tier: "imminent", latent: "alone", person: "any", pattern: alt(
    String.raw`\bwaiting (?:for|until|till) (?:everyone|everybody|them|my \w+|the house|he|she|they) (?:to |is |are |s |goes |go )?(?:go to sleep|fall asleep|falls asleep|be asleep|asleep|leave|leaves|go out|goes out|is out|are out|gone)\b`,
    String.raw`\b(?:nobodys|nobody is|no ones|no one is|noones) (?:home|here|around|awake)\b|\bhome alone\b|\b(?:everyones|everyone is|theyre all|they are all|my \w+ (?:is|are)) (?:asleep|out|gone|away)\b`,
    String.raw`\bno one (?:will|would) (?:find me|stop me|know)\b`,
    String.raw`\b(?:an |the |my )?empty (?:house|apartment|flat|home|room)\b`,
    String.raw`\b(?:waiting for|until|when|while|once|after) (?:my (?:\w+ )?(?:parents|mum|mom|dad|flatmates?|roommates?|housemates?|family|wife|husband|partner|boyfriend|girlfriend|kids|sister|brother)|everyone|everybody|they|he|she) (?:to )?(?:is |are |go |goes |leave |leaves |gone |be |get )?(?:away|out|at (?:work|the \w+)|on (?:their|his|her|a|the) \w+|to (?:work|bed|sleep)|asleep)\b`,
    String.raw`\b(?:filled|filling|ran|running|run) (?:the|a|myself a) (?:bath|bathtub|tub)\b`,
    String.raw`\b(?:left|leaving|leave|unlocked) the (?:front |back )?door (?:unlocked|open)\b|\bunlocked the (?:front |back )?door\b`,
  ) }),
  rule({ id: "prep.timeline", category: "plan-or-means", tier: "imminent", latent: "timeline", pattern: alt(
    String.raw`\b(?:tonight|today)(?:s| is) the (?:night|day)\b`,
    String.raw`\b(?:its|it is) time\b(?= *(?:$|[.!,\n]))`,
    String.raw`\b(?:going to|ill|i will|about to|ready to|planning to|gonna|want to|im) (?:finally )?(?:do|doing) it\b(?=[^.!?\n]{0,20}\b(?:tonight|tomorrow|today|this weekend|soon|now|when|after|before|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))`,
    String.raw`\b(?:im|i am) (?:going to|gonna) do it\b`,
    String.raw`\b(?:going|heading|walking|driving) (?:out |up |over |down )?there (?:now|right now)\b|\bdoing it (?:now|right now)\b`,
    String.raw`\b(?:ive |i have |i )?(?:set|picked|chosen|chose|decided on) (?:a|the) (?:date|day)\b`,
    String.raw`\b(?:pick|picked|choose|chose|chosen|set|decided on|need to pick) (?:a|the) (?:date|day|time|place|spot)\b`,
    String.raw`\bplanned it for\b`,
    String.raw`\b(?:tonight|today|tomorrow)(?:s| is) when\b`,
    String.raw`\b(?:its|it is|its all|it all) (?:happening|going down|ending) (?:tonight|today|tomorrow|soon|now|this weekend)\b`,
    String.raw`(?:^|(?<=[.!?\n] ?))(?:tonight|tomorrow|this weekend|tomorrow night|in an hour|soon|after everyone is asleep|when everyone is asleep|friday|saturday)(?= *(?:$|[.!?\n]))`,
    String.raw`\b(?:i )?know (?:exactly )?(?:when|how|where)(?= *(?:$|[.!?\n]))`,
    String.raw`\b(?:wait|waiting|until|at|around) (?:[1-5](?::\d\d)? ?am|midnight)\b`,
  ), person: "any" }),
  rule({ id: "prep.plan-alone", category: "plan-or-means", tier: "imminent", latent: "plan", alone: true, pattern: alt(
    String.raw`\b(?:been |ive been |i have been )?plann(?:ing|ed) (?:this|it) (?:for|since)\b`,
    String.raw`\b(?:ive |i have |i )?(?:set|picked|chosen|chose|decided on) (?:a|the) (?:date|day)\b`,
    String.raw`\b(?:i have|ive got|ive made|i made|i got|i have made|theres) (?:a|the) plan\b(?! (?:for|to (?!die|kill|end|do it)|b\b|with|on))`,
    String.raw`\b(?:i )?(?:know|decided|figured out|worked out|chosen|planned)(?: exactly)? (?:how|when|where) (?:im going to|ill|i will|i would|id|to) (?:do it|end it)\b`,
    String.raw`\b(?:know|knew|decided|figured out|worked out|planned|picked|chosen|sorted)(?: out)?(?: exactly| already)? (?:how|when|where)(?:,? (?:and |&)?(?:how|when|where))+\b`,
  ) }),

  // ===== Classes of phrasing found by the held-out set =================================================
  // Each is a structure, not a sentence; test/safety/screen-risk.test.ts has new examples of each.
  // A death that needs a modal before it: "gonna go to sleep and not wake up" (intent → imminent),
  // "i might just stop existing" (desire → urgent). Without a modal ("i didnt wake up") nothing.
  rule({ id: "suicide.death-target", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:(?:go to sleep|fall asleep|sleep|go to bed|lie down) and ${A})?(?:not|never) ${A}wake up(?: ever| again)?\b(?! (?:in time|early|on time|until|before|at|for|when|till))|\bstop existing\b|\bnot exist anymore\b|\bbe gone (?:for good|forever)\b`, modal: "needs-modal", timeline: true, figurative: true }),
  // "maybe its time i stopped existing", "honestly im just waiting to die".
  rule({ id: "suicide.time-to-go", category: "suicidal-thoughts", tier: "urgent", pattern: alt(
    String.raw`\b(?:its|it is|maybe its|probably|its about|its finally) time (?:for me to |that i |i )${A}(?:stop(?:ped)? existing|die|died|end it|ended it|ended things|end things|disappear(?:ed)?|go for good|left for good|leave this world|left this world|check out for good|gave up on life|give up on life|not be here|wasnt here anymore|was gone for good)\b`,
    String.raw`\b(?:waiting|wait|waited|just waiting|living just waiting) (?:to die|for (?:death|me to die|my death|it all to end|my life to end|life to end|the day i die))\b`,
  ), figurative: true }),
  // Staring at the means: "was looking at the bottle of pills for a long time".
  rule({ id: "suicide.means-staring", category: "suicidal-thoughts", tier: "urgent", pattern: String.raw`\b(?:staring|stared|stare|looking|looked|sat looking|sitting looking) at (?:the|my|a|this|that) (?:bottle of (?:pills|tablets|meds|\w+ pills)|pill bottle|pills|tablets|gun|rope|noose|razor|razors|blade|blades)\b(?=[^.!?\n]{0,40}\b(?:for (?:a long time|ages|hours|an hour|a while|so long|too long|ages)|again|all night|every night|tonight|thinking|and thinking|wondering)\b)|\bstaring at (?:the|my) (?:pills|gun|rope|noose|razor|blade)\b` }),
  // Someone the client lives with throwing things at them, or hurting them in a clause whose subject
  // was named before: "she threw a plate at my head", "he takes my phone and hits me if i argue".
  rule({ id: "abuse.thrown-or-elided", category: "abuse-or-violence", tier: "urgent", person: "any", pattern: alt(
    String.raw`\b${perpetrator}(?: \w+){0,3}? (?:threw|throws|throwing|thrown|hurled|hurls) (?:a |the |his |her |their |my |an )?\w+ at (?:me|my (?:head|face|body))\b`,
    String.raw`(?:\band|\bthen|,) (?:also |sometimes |even |always |still |just )?(?:hits|beats|chokes|slaps|punches|kicks|rapes|hit|beat|choked|slapped|punched|kicked|raped|strangled|strangles|shoves|shoved|burns|burned) (?:me|us)\b`,
  ), requireInSentence: String.raw`\b(?:he|she|they|hes|shes|my (?:\w+ )?(?:dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|husband|wife|partner|boyfriend|girlfriend|ex|brother|sister|uncle|aunt|parents?|grandpa|grandma|roommate|flatmate|carer|guardian))\b`, notInSentence: String.raw`\b(?:game|ball|play\w*|tickl\w*|snowball|pillow|water balloon|it hit me|reality|realization|accident(?:ally)?|by mistake|joke|joking)\b`, figurative: true }),
  // Revenge on a named person: "ill make him pay".
  rule({ id: "others.revenge", category: "harm-to-others", tier: "urgent", pattern: String.raw`\b(?:ill|i will|im going to|going to|i want to|want to|i swear ill|i swear i will) (?:\w+ )?(?:make (?:him|her|them|that \w+) pay|get (?:my )?revenge on (?:him|her|them|my \w+))\b(?! for (?:dinner|lunch|the|it|drinks|rent|that|this|his|her|their))`, figurative: true }),
  // The noose is a means whatever is said beside it.
  rule({ id: "plan.noose", category: "plan-or-means", tier: "imminent", pattern: String.raw`\bnoose\b`, notInSentence: String.raw`\b(?:halloween|hangman|decorations?|history|lynch\w*|racis\w*|knot tying|sailing|scouts|costume|game|movie|film|show|book|story|song|lyrics|documentary)\b` }),
  // Heavy bleeding named without the cut ("im bleeding a lot and i dont want to call anyone"):
  // ambiguous alone (a nosebleed), an attempt beside refusing help or talk of suicide.
  rule({ id: "attempt.bleeding-ambiguous", category: "attempt-in-progress", tier: "imminent", latent: "attempt", pattern: String.raw`\bbleeding (?:a lot|so much|heavily|badly|everywhere|really bad|loads|a ton|like crazy)\b|\b(?:so much|a lot of|lots of|loads of) blood\b|\b(?:pills|meds|tablets|${drugs}) (?:are|is|have|has|r|s) (?:starting to |finally )?(?:kicking in|taking effect)\b` }),
  // Finality and refusing help, which mean an attempt or a plan beside another cue: "and then its
  // over" with a time, "made sure of it", "i dont want to call anyone" beside heavy bleeding.
  rule({ id: "prep.finality", category: "plan-or-means", tier: "imminent", latent: "finality", person: "any", pattern: alt(
    String.raw`\b(?:and )?then (?:its|it is|itll be|it will be|everything is|everythings|it all|its all|im|i am|ill be) (?:all )?(?:over|done|finished|gone|free|at peace)\b|\bthen (?:it|everything|this|it all) (?:will|would|is going to|should) (?:all )?be (?:over|done|finished)\b`,
    String.raw`\bmade sure (?:of it|it works|it will work|nobody|no one|its enough)\b`,
    String.raw`\b(?:if|when|whoever|once|by the time) (?:anyone |someone |somebody |you |they |my \w+ )?(?:finds?|reads?|sees?) (?:this|me|my (?:body|phone|note|letter))\b(?! (?:useful|helpful|interesting|funny|post|video|thread|link|book|article|recipe|song|one|\w+ing))`,
    String.raw`\bso (?:they|someone|somebody|people|my \w+|the police|anyone|you) (?:can|will|could|would|dont have to|doesnt have to|wont have to) (?:find|look for|search for) me\b`,
    String.raw`\b(?:im|i am) (?:so |just )?(?:done|finished)(?= *(?:$|[.!\n]))`,
    String.raw`(?:^|(?<=[.!?\n] ?))(?:its|it is) (?:all )?done(?= *(?:$|[.!\n]))`,
    String.raw`\b(?:dont|do not|wont|will not) (?:want to |wanna )?(?:call|tell|text|ring) (?:anyone|anybody|an ambulance|911|999|112|for help|the police)\b|\bdont want (?:any )?help\b|\b(?:too late|its too late) (?:for help|to call)\b`,
    String.raw`\bthis time (?:i|im|it)\b[^.!?\n]{0,25}\b(?:wont|not going to|will not|isnt going to) (?:fail|mess (?:it )?up|screw (?:it )?up|survive|wake up)\b|\b(?:make sure|making sure) it works this time\b`,
  ), history: false }),

  // Method research without the word: "which bridge is the highest around here", "looked up how many
  // it takes". A plan beside a time or another cue (see screen-risk.ts), never alone.
  rule({ id: "prep.research", category: "plan-or-means", tier: "imminent", latent: "plan", person: "any", pattern: alt(
    String.raw`\b(?:the|my) plan is (?:to do it |for )?(?:tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this weekend|next week|when|after|once)\b`,
    String.raw`\b(?:railing|railings|barrier|fence|parapet|ledge|drop|fall)\b[^.!?\n]{0,20}\b(?:low enough|short enough|easy enough|high enough|far enough|long enough)\b`,
    String.raw`\b(?:checked|scouted|went to look at|measured|tested) (?:the |how )?(?:bridge|railing|height|drop|roof|building|car park|cliff|beam|knot|high|tall|far)\b`,
    String.raw`\b(?:which|what) (?:bridge|building|cliff|car park|parking garage|tower|roof|rooftop)s? (?:is|are|would be|has|around here is) (?:the )?(?:highest|tallest|biggest drop|deadliest|most deadly|high enough)\b`,
    String.raw`\b(?:which|what|wheres|where is|where are) (?:is |are )?(?:the )?(?:highest|tallest|closest tall|nearest tall|closest high|nearest high) (?:bridge|building|cliff|car park|parking garage|tower|roof|rooftop|ledge|point)s?\b`,
    String.raw`\b(?:looked up|look up|looking up|googled|googling|searched|checked|read up on|researched) how (?:many|much) (?:it takes|you need|i need|would do it|is enough|would kill|is lethal|is fatal)\b`,
  ) }),

  // ===== Backstop: lethal means beside an act or a last word ============================================
  // Imminent messages often name no feeling at all ("i downed a bottle of pills", "on the ledge, sorry
  // everyone"). When a sentence about the client puts a means of dying beside an act done or a word of
  // finality, and nothing in the message gives an everyday reason, it reaches the crisis protocol.
  rule({ id: "backstop.means-and-act", category: "plan-or-means", tier: "urgent", pattern: String.raw`\b(?:pills|tablets|${drugs}|overdose|rope|noose|ligature|gun|pistol|rifle|shotgun|bullets?|trigger|blades?|razors?|bleach|poison|antifreeze|exhaust|ledge|rooftop|cliff|train tracks|railway line|overpass)\b`, person: "any",
    requireInSentence: String.raw`^\s*(?:(?:just|already|ive|i|and|then)\s+)*(?:took|taken|had|swallowed|downed|necked|taking|swallowing|drank|loaded|tied|cut|slit)\b|\b(?:i|im|ive|id|ill|me|my|myself)\b[^.!?\n]*\b(?:took|taken|had|swallowed|downed|necked|taking|swallowing|drank|mixed|loaded|loading|holding|tied|tying|cut|slit|bleeding|jump|jumping|hang|hanging|standing|sitting|goodbye|bye|sorry|forever|for good|last|ready|tonight|right now|enough|all of them|the whole|every last|end it|it all|over now|done)\b|\b(?:took|taken|swallowed|downed|taking|swallowing|loaded|holding|tied|jump|jumping|goodbye|sorry|forever|for good|last|ready|tonight|right now|enough|all of them|the whole)\b[^.!?\n]*\b(?:i|im|ive|id|ill|me|my|myself)\b`,
    notInSentence: String.raw`\b(?:helped|helping|helps|working for me|headache|migraine|period|cramps|cold|flu|fever|back|backache|knee|neck|shoulder|tooth|toothache|sore|aches?|pain relief|injury|surgery|hangover|sprain\w*|joints?|allerg\w*|hay fever|anxiety meds|some|a couple of|one|two|an|my usual|half a|doctor|gp|prescri\w+|pharmac\w+|refill|dose|as usual|every (?:day|morning|night)|daily|this morning|with (?:breakfast|food|dinner)|vitamins?|forgot|remember(?:ed)? to|side effects?|make me (?:tired|sleepy|dizzy|sick)|birth control|climb\w*|hik\w+|camping|hunt\w*|range|kitchen|cook\w*|recipe|photos?|view|bus|commute|game|games|movie|film|book|show|episode|song|lyrics|class|lesson|work|school|party|fun|lol|haha|lmao|cleaning|clean the|bathroom|laundry|stain|mould|mold|pool|hair|dye|bleached|nerf|water gun|toy|paintball|skipping|jump rope|trampoline|bungee|parachute|dive|diving|swim\w*|gym|workout|exercise|training|practice|shoot(?:ing)? (?:hoops|photos|a video|pictures)|trigger warning|triggered|triggers?|tw)\b`, history: true }),

  // ===== Attempt under way (imminent) ===================================================================
  rule({ id: "attempt.in-progress", category: "attempt-in-progress", tier: "imminent", pattern: alt(
    String.raw`\b(?:took|taken|swallowed|downed|popped|ate|had|necked|chugged)\b(?: \w+){0,6}? (?:like |about |around |over |maybe |just |almost )?(?:all|a bunch|a lot|lots|a handful|handfuls|so many|too many|way too many|loads|a load|heaps|a heap|a ton|tons|dozens|the whole|a whole|an entire|the entire|a full|half|every|the rest|a bottle|a box|a pack|a packet|a strip|a blister pack|[1-9]\d+|\w+ty|a hundred|hundreds)\b[^.!?\n]{0,30}?\b(?:${drugs}|bottle|packet|box)\b`,
    String.raw`\b(?:already|just) (?:took|taken|swallowed) (?:them|the pills|them all|all of them|it all|everything)\b`,
    String.raw`\b(?:took|taken|swallowed|downed|ate) (?:everything|all|all the \w+) (?:in|from) (?:the|my) (?:medicine|bathroom|kitchen)? ?(?:cabinet|cupboard|drawer|box|stash)\b`,
    String.raw`\b(?:took|taken|swallowed|downed) (?:everything|every pill|all the pills|all the meds) (?:i could find|i had|i have|i could get|in the (?:house|flat|apartment|cupboard|cabinet)|there was|left)\b`,
    String.raw`\b(?:turned|turn|turning|switched|left) (?:on )?the (?:gas|oven gas)(?: on)?\b(?![^.!?\n]{0,40}\b(?:cook\w*|dinner|stove|kettle|heating|boil\w*|pasta|tea|food|bbq|grill)\b)`,
    String.raw`\b(?:took|taken|swallowed|downed|popped|ate|had) (?:like |about |around |over |maybe |just |almost )?(?:[1-9]\d+|\w+ty|a hundred|hundreds) (?:of )?(?:my |the |those |these )?(?:\w+ )?${drugs}\b`,
    String.raw`\b(?:took|taken|swallowed|downed|ate) (?:like |about |over )?(?:\d+|two|three|four|five|a few|several|a couple of) (?:packs|packets|boxes|bottles|strips|blister packs|sheets) of\b`,
    String.raw`\b(?:took|taken|swallowed|downed)\b[^.!?\n]{0,40}\b(?:pills|tablets|meds|${drugs})\b,? (?:all of them|the whole (?:lot|bottle|pack|box)|every (?:one|last one|single one))\b`,
    String.raw`\b(?:took|taken|swallowed|downed) (?:my|the|a) (?:whole|entire|full) (?:prescription|bottle|pack|packet|supply|stash|box|strip|blister)\b`,
    String.raw`\b(?:i )?(?:overdosed|am overdosing|im overdosing)\b(?! on (?:netflix|coffee|caffeine|sugar|candy|chocolate|tv|anime|memes|music|games|shows|cake|food|work|love))`,
    String.raw`\b(?:drank|swallowed|took|ate|drunk|downed)(?: \w+){0,4}? (?:bleach|antifreeze|poison|rat poison|drain cleaner|weed killer|pesticide|paraquat|cleaning (?:fluid|products)|lighter fluid|detergent)\b`,
    String.raw`\bin the garage with (?:the )?(?:car|engine) running\b|\b(?:car|cars|engine|engines) (?:is |s )?running in the (?:closed |locked )?garage\b|\b(?:car|engine)\b[^.!?\n]{0,30}\brunning\b[^.!?\n]{0,30}\b(?:closed|locked|shut) garage\b`,
    String.raw`\b(?:cut|sliced|slit|stabbed|went) (?:\w+ )?too deep\b`,
    String.raw`\b(?:wont|cant|doesnt|will not|isnt|not) stop(?:ping)? bleeding\b`,
    String.raw`\b(?:rope|noose|belt|cord) (?:is )?(?:around|round) my neck\b`,
    String.raw`\b(?:i )?(?:just |already )?(?:slit|slashed|cut open) my (?:wrists?|throat)\b|\b(?:ive|i have|i just|just|i already|already) (?:cut|slit|slashed|opened) my (?:wrists?|throat|veins?)\b`,
    String.raw`\b(?:took|taken|had|done|did) an? (?:overdose|od)\b`,
    String.raw`\b(?:im|i am|currently|already)? ?(?:taking|swallowing|downing|popping|necking) (?:them|it|these|those|the pills|my pills|the tablets)(?: all)? (?:now|right now|as we speak|one by one)\b`,
    String.raw`\b(?:hose|hosepipe|pipe|tube)\b[^.!?\n]{0,25}\bexhaust\b|\bexhaust\b[^.!?\n]{0,25}\b(?:hose|hosepipe|pipe|tube|into the car|in the car)\b`,
    String.raw`\b(?:already )?started (?:taking (?:the|them|my) pills|cutting deeper|to bleed out)\b`,
    String.raw`\b(?:took|taken|swallowed|had|downed) (?:way |far |a lot |so many |so much )?too (?:many|much)\b(?![^.!?\n]{0,40}\b(?:coffee|caffeine|energy drinks?|beer|wine|shots|sugar|food|pizza|cake|candy|sweets|naps?|time|notes|photos|classes|shifts|weed)\b)(?=[^.!?\n]{0,40}\b(?:heart|breath\w*|dizzy|sleepy|drowsy|throwing up|vomit\w*|numb|shaking|shaky|seeing double|feel (?:weird|sick|strange|funny)|cant (?:stay awake|see|feel)|pass out|passing out)\b)`,
    String.raw`\b(?:cut|slit|slashed|sliced|opened) (?:open )?my (?:wrists?|throat|veins?|arms?|thighs?|neck)\b(?=[^.!?\n]{0,30}\b(?:deep|deeper|bleeding|blood|wont stop|stitches|gushing|pouring)\b)`,
    String.raw`\b(?:car|engine|motor)\b[^.!?\n]{0,25}\b(?:running|on|started|idling)\b[^.!?\n]{0,25}\bgarage\b|\bgarage\b[^.!?\n]{0,25}\b(?:car|engine|motor)\b[^.!?\n]{0,15}\b(?:running|on|started|idling)\b`,
    String.raw`\bive started\b(?=[^.!?\n]{0,20}\b(?:razor|blade|bath|pills|cutting|bleeding)\b)`,
  ), notInSentence: String.raw`\b(?:fixing|repair\w*|gutter|party|bar|terrace|garden|drinks?|driving|traffic|on the bus|stuck|on my way|for (?:my|a|the) (?:headache|cold|flu|period|migraine|back)|as prescribed|like the doctor said|prescribed|vitamins?|vitamin|waiting for)\b` }),
  rule({ id: "attempt.place", category: "attempt-in-progress", tier: "imminent", pattern: alt(
    String.raw`\b(?:im|i am|currently|standing|sitting|now)(?: \w+)? on (?:the|a|this|top of the|top of a|the edge of the|the edge of a) (?:bridge|ledge|roof|rooftop|edge|railing|tracks|train tracks|railway|railway line|rail line|cliff|balcony railing|overpass|parapet)\b`,
    String.raw`\b(?:standing|sitting|stood|sat|perched|climbed) (?:on|at|over) (?:the )?(?:edge|ledge|railing|railings|rail|parapet|tracks|platform edge|window ledge|windowsill|balcony edge|wrong side of the (?:railing|fence|barrier))\b`,
    String.raw`(?:^|(?<=[.!?,;\n] ?))on (?:the |a )?(?:edge of the |top of the )?(?:train tracks|tracks|railway line|railway|ledge|bridge|roof|rooftop|cliff|cliff edge|overpass)\b(?=[^.!?\n]{0,25}\b(?:now|right now|again|alone|tonight)\b)`,
    String.raw`\b(?:im|i am|standing|sitting|now) (?:at|on|near|by) (?:the )?(?:edge|top|ledge) of (?:the|a|this) (?:cliff|bridge|roof|building|car park|parking garage|tower|balcony|quarry)\b`,
  ), notInSentence: String.raw`\b(?:fixing|repair\w*|gutter|party|bar|terrace|garden|drinks?|driving|traffic|stuck|on my way|waiting for|bus|tram|ferry|commute|view|photos?|pictures?|walk|walking the dog|beer|wine|friends|beautiful|looking at|enjoying|lovely|nice|sun|sunset|stars|with my|having a|fresh air|smok\w+|bbq|picnic|hik\w+|climb\w*)\b` }),

  rule({ id: "attempt.bleeding", category: "attempt-in-progress", tier: "imminent", pattern: String.raw`\b(?:so much|a lot of|too much|lots of|loads of) blood\b|\bblood (?:everywhere|all over)\b|\b(?:its|it is|blood is|wound is) (?:gushing|pouring|spurting|pumping)\b|\blost (?:a lot of|so much) blood\b|\bbleeding (?:a lot|so much|badly|heavily|everywhere|through)\b|\bneed stitches\b`, requireInSentence: String.raw`\b(?:cut|cutting|wrists?|razor|blade|sh|self harm|slit|arms?|thighs?|legs?|knife)\b` }),

  // ===== Self-harm (urgent) =============================================================================
  rule({ id: "self-harm.act", category: "self-harm", tier: "urgent", pattern: alt(
    String.raw`\b(?:cut|cutting|cuts|carve|carving|carved|slice|slicing|sliced|slash|slashing|slashed|scratch|scratching|scratched|burn|burning|burned|burnt|hit|hitting|punch|punching|punched|bite|biting|bit|bruise|bruising|bruised|stab|stabbing|stabbed|mutilate|mutilating|mutilated) ${bodyForSelfHarm}\b`,
    String.raw`\b(?:hurt|hurting|hurts|harm|harming|harmed|injure|injuring|injured|punish|punishing|punished) myself\b`,
    String.raw`\b(?:slap|slapping|slapped|smack|smacking|smacked|whack|whacking|whacked|choke|choking|choked|strangle|strangling|starve|starving) myself\b(?<!\b(?:could|wanted to|want to|felt like|feel like|gonna|going to) (?:slap|smack|whack|choke|strangle) myself)(?! (?:for|awake|to (?:stay|wake)))`,
    String.raw`(?:^|(?<=[.!?,;] ?)|\b(?:i|ive|i just|just|i already|i have) )(?:cut|cutted)\b(?= (?:again|last night|tonight|today|yesterday|this morning|earlier|deep|deeper|for the first time|after|myself))`,
    String.raw`\b(?:cutting|cut|self harming|self harmed|harming myself|hurting myself) again\b`,
    String.raw`\b(?:i )?(?:already|just) cut\b(?! (?:my hair|the|it|him|her|them|class|back|off|out|down|up|in|some|a|an|ties|school|work|carbs|sugar))`,
    String.raw`\b(?:started|start|been|keep|kept|starting|cant stop|cannot stop|couldnt stop) (?:cutting|self harming|hurting myself|burning myself|scratching myself|harming myself)\b`,
    String.raw`\buntil (?:i|it|they|my \w+|the skin) (?:bleed|bled|bleeds|bleeding|bruise|bruised|bruises|broke|breaks)\b`,
    String.raw`\b(?:cutting|self harm|sh|hurting myself|harming myself)\b (?:is|was|helps|makes me feel|made me feel|is the only)\b`,
    String.raw`\b(?:fresh|new|deep) (?:cuts|wounds|scars|burns) on my\b`,
    String.raw`\b(?:carved|carve|carving|etched|scratched|cut|burned|burnt) (?:\w+ ){1,4}?(?:into|in|on) my (?:arms?|wrists?|legs?|thighs?|stomach|belly|hips?|skin|forearms?|ankles?|chest|hand)\b`,
    String.raw`\b(?:[1-9]\d*|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple|more|some|so many|loads of) (?:new |fresh |deep |more )?(?:cuts|burns|gashes|slashes) (?:on|in|across|along|into) my (?:arms?|wrists?|legs?|thighs?|stomach|belly|hips?|skin|body|forearms?|ankles?|chest)\b(?! (?:from|because of|after) (?:the|my|a|an) )`,
    String.raw`(?:^|(?<=[.!?,;] ?))(?:self harmed|self harming)\b`,
    String.raw`\b(?:bang|banging|banged|hit|hitting|smash|smashing|smashed) my head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk)\b(?=[^.!?\n]{0,30}\b(?:until|till|so hard|bleed|bled|bruise|again and again|to feel|on purpose|when (?:i|im|i get|i feel|it gets|things get)|whenever)\b)`,
  ), notInSentence: accident, figurative: true }),
  rule({ id: "self-harm.urge", category: "self-harm", tier: "urgent", pattern: alt(
    String.raw`\b(?:urges?|urging|itching|tempted|craving|the need|need|want|wanting|wanna|feel like|feeling like|desperate) (?:to )?(?:cut|self harm|sh|hurt myself|harm myself|burn myself|bleed|hurt my body)\b(?! (?:off|out|back|down|it out|class|school|ties|carbs|sugar|my hair|the cake|corners|costs|hair|in|the|a|my|loose|him|her|them|it|some|this|that|to the chase|across|through|for))`,
    String.raw`\b(?:self harm|sh|cutting) (?:urges?|cravings?|thoughts)\b`,
  ), figurative: true }),
  rule({ id: "self-harm.named", category: "self-harm", tier: "urgent", pattern: alt(
    String.raw`\b(?:im|i|been|keep|started|start|was|have been|ive been) (?:\w+ ){0,2}(?:self harming|self harmed|self harm)\b`,
    String.raw`\bself harms\b`,
    String.raw`\bused to (?:cut|self harm|sh|burn myself|hurt myself|harm myself)\b`,
    String.raw`\b(?:im|i am|i was|ive been|i have been) (?:a )?(?:cutter|self harmer)\b`,
    String.raw`\b(?:relapsed?|relapsing) (?:on |with |into |in )?(?:sh|self harm|cutting|self harming)\b`,
    String.raw`\b(?:relapsed?|relapsing)\b(?=[^.!?\n]{0,40}\b(?:cut|cutting|sh|self harm|blade|razor)\b)`,
    String.raw`\bsh\b(?= (?:urges?|again|relapse|scars?|wounds?|cuts?|tonight|today|last night|is|was|helps|habit))`,
  ) }),
  rule({ id: "self-harm.disordered-eating", category: "self-harm", tier: "concern", pattern: String.raw`\b(?:starv(?:e|ing|ed)|punish(?:ing)?) myself\b|\b(?:made|make|making) myself (?:throw up|sick|vomit|purge)\b|\bpurg(?:e|ing|ed) (?:again|after)\b` }),

  // ===== Harm to others =================================================================================
  rule({ id: "others.thoughts", category: "harm-to-others", tier: "urgent", pattern: String.raw`\b(?:imagining|picturing|visuali[sz]ing|images? of|keep seeing myself|thoughts? (?:of|about)|thinking (?:of|about)|urges? to|an urge to|impulses? to|fantasi[sz](?:e|ing|ed) about|dream(?:ing)? about|cant stop thinking about|keep thinking about|intrusive thoughts (?:of|about)|(?:scared|afraid|worried|terrified|frightened)(?: that)? (?:i will|ill|i might|i could|im going to|i am going to|i may|of))(?: \w+){0,2}? ${violentVerb} ${people}\b`, figurative: true }),
  rule({ id: "others.desire", category: "harm-to-others", tier: "urgent", pattern: String.raw`\b(?:want|wanna|wanted|wanting|wish i could|need|feel like|tempted|going to want|dying) (?:to )?${A}${violentVerb} ${people}\b(?! (?:off|up|with (?:kindness|love)|in (?:a|the) (?:game|match)))`, figurative: true }),
  rule({ id: "others.fear", category: "harm-to-others", tier: "urgent", pattern: String.raw`\b(?:i think |im afraid |im scared |im worried |im terrified |i worry |i feel like )?(?:i (?:might|may|could|will|am going to|could end up|might end up|might actually|could actually)|im (?:going to|gonna|about to)) (?:\w+ ){0,2}(?:hurt|harm|attack|hit|stab|shoot|strangle) (?:someone|somebody|people|a person|my (?:baby|kids?|son|daughter|children|partner|wife|husband|mom|dad|brother|sister)|the baby|a child|him|her|them)\b`, notInSentence: String.raw`\b(?:feelings|ego|chances|reputation|business|sales|career)\b` }),
  rule({ id: "others.intent", category: "harm-to-others", tier: "urgent", pattern: String.raw`\b(?:im going to|going to|im about to|about to|planning to|plan to|decided to|ill|i will|im gonna|gonna)\s${A}${violentVerb} ${people}\b(?! (?:off|up|with (?:kindness|love)|in (?:a|the) (?:game|match)))`, modal: "harm-to-others", figurative: true }),
  rule({ id: "others.mass-violence", category: "harm-to-others", tier: "urgent", pattern: alt(
    String.raw`\bshoot (?:up )?(?:the|my|a|our|this) (?:school|class|classroom|office|workplace|work|mall|church|mosque|synagogue|temple|concert|college|campus|university|party)\b`,
    String.raw`\b(?:bring|bringing|take|taking) (?:a |my |my dads |the |his )?(?:gun|rifle|weapon|knife|bomb) (?:to|into) (?:school|work|class|the office|college|campus|church)\b`,
    String.raw`\b(?:make|making|build|building|plant|planting) (?:a|the) bomb\b`,
  ), modal: "needs-modal" }),

  // ===== Abuse or violence the client lives with ========================================================
  rule({ id: "abuse.done-to-me", category: "abuse-or-violence", tier: "urgent", person: "any", pattern: String.raw`\b${perpetrator}(?: \w+){0,3}? ${abuseVerb} ${victim}\b`, notFollowedBy: String.raw`^ ?(?:up\b|that\b|with (?:a|the) (?:ball|question|realization|truth|news|bill)|hard\b|like a ton|at\b|in (?:a|the) (?:game|race|match|argument)|to (?:it|the|do|go|be)\b|into (?:doing|going|it)|out\b|off\b|over\b|in the (?:game|match)|back\b)`, notInSentence: String.raw`\b(?:it hit me|hit me up|reality|realization|the truth|beat me (?:at|in|to)|game|chess|race|tag|tickl\w*|hug\w*|cuddl\w*|playing|play fight|accident(?:ally)?|by mistake|ball|wave|car hit|bus hit)\b`, figurative: true }),
  rule({ id: "abuse.touching", category: "abuse-or-violence", tier: "urgent", person: "any", pattern: String.raw`\b${perpetrator}(?: \w+){0,8}? (?:touch(?:es|ed|ing)? (?:me|my)|feels? me up|gropes?|groped|forc(?:es|ed|ing) (?:me|himself|herself) (?:to|on|into)|makes? me (?:touch|do (?:things|stuff)|watch|undress|have sex)|made me (?:touch|do (?:things|stuff)|watch|undress|have sex))\b`, requireInSentence: String.raw`\b(?:night|inappropriate\w*|private|down there|there|bed|room|sexual\w*|without (?:my )?(?:consent|permission)|asleep|secret|dont tell|not to tell|never tell|tell anyone|have sex|sex|undress|naked|force\w*|made me|makes me|forc\w+)\b` }),
  rule({ id: "abuse.touching-family", category: "abuse-or-violence", tier: "urgent", person: "any", pattern: String.raw`\bmy (?:\w+ )?(?:step ?dad|stepdad|stepfather|dad|father|step ?mom|stepmom|mom|mother|uncle|aunt|brother|sister|cousin|grandpa|grandfather|grandma|grandmother|teacher|coach|pastor|priest|babysitter|boss|neighbou?r|tutor|mums boyfriend|moms boyfriend|dads girlfriend|foster \w+)(?: \w+){0,4}? (?:touch(?:es|ed|ing)?|feels? me up|gropes?|groped|molest\w*) (?:me|my)\b` }),
  rule({ id: "abuse.passive", category: "abuse-or-violence", tier: "urgent", pattern: String.raw`\b(?:i was|i got|ive been|i have been|been|getting|i get|was|got|being|im being|i am being)(?: \w+)? (?:raped|sexually assaulted|assaulted|molested|abused|beaten|beaten up|attacked|strangled|choked|stabbed|groomed|trafficked|hit|slapped|punched|kicked|drugged|spiked|roofied|sexually abused|physically abused|touched inappropriately)\b(?! (?:by (?:a |the )?(?:ball|car|bus|wave|truck|bike|train|virus|flu|cold|bill)|with (?:a |the )?(?:ball|question|bill|fine|fee|flu|cold|virus|covid|lawsuit|parking)|in the face with (?:a|the) ball|up\b|on\b|for\b))`, notInSentence: String.raw`\b(?:drug test|tested|covid|flu|virus|game|match|ball|hit by a car|hit by a bus)\b` }),
  rule({ id: "abuse.named", category: "abuse-or-violence", tier: "urgent", pattern: alt(
    String.raw`\b(?:not safe|unsafe) (?:at home|in my (?:home|house|own home)|with (?:him|her|them|my \w+)|living with \w+)\b`,
    String.raw`\b(?:scared|afraid|terrified) (?:to go|of going) (?:back )?home\b`,
    String.raw`\b(?:is|been|keeps|kept|started) (?:\w+ )?(?:stalking|harassing|following) me\b|\bi have a stalker\b`,
    String.raw`\b(?:domestic (?:violence|abuse)|sexual (?:abuse|assault)|physical abuse|being abused|abusive (?:relationship|husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|parents?|home))\b`,
  ) }),
  rule({ id: "abuse.threat", category: "abuse-or-violence", tier: "urgent", person: "any", pattern: alt(
    String.raw`\b${perpetrator}(?: \w+){0,5}? (?:said|says|told me|threatened|threatens|threatening|keeps saying|swore|promised|texted)(?: that)?(?: (?:he|she|they))?(?:d|ll| would| will| is going to| are going to| was going to| is gonna|s going to)? ?(?:to )?(?:kill|hurt|hit|beat|stab|shoot|murder|rape|end) (?:me|us|my \w+)\b`,
    String.raw`\b${perpetrator}(?:s| is| are|re)?(?: \w+)? (?:going to|gonna|will|ll|d|would) (?:hurt|hit|beat|kill|rape|stab|shoot|murder|strangle|choke) (?:me|us)\b`,
    String.raw`\b(?:tried|trying|try) to (?:kill|strangle|choke|drown|stab|shoot|run) (?:me|us)\b`,
    String.raw`\b(?:hell|shell|theyll|hed|shed|theyd) (?:\w+ )?(?:kill|hurt|hit|beat|rape|stab|shoot|murder|strangle|choke) (?:me|us)\b`,
  ), modal: "threat", figurative: true }),
  rule({ id: "abuse.fear", category: "abuse-or-violence", tier: "concern", pattern: String.raw`\b(?:scared|afraid|terrified|frightened) of (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mom|mother|stepmom|ex|brother|uncle))\b(?! (?:leaving|being|getting|finding|seeing|knowing))|\b(?:emotionally|verbally) abus(?:ive|ed|es|ing)\b|\b(?:controls|controlling|monitors|tracks) (?:me|my (?:phone|money|messages))\b` }),

  // ===== Hopelessness, worthlessness, heavy distress (concern) =========================================
  rule({ id: "concern.hopeless", category: "hopelessness", tier: "concern", figurative: true, pattern: alt(
    String.raw`\b(?:feel|feeling|felt|im|i am|i feel like im|i feel like i am|i feel like|ive been|i have been|been|getting)(?: so| really| completely| totally| utterly| just| very| incredibly| extremely| always| all| fucking)? (?:hopeless|worthless|useless|depressed|miserable|empty(?: inside)?|numb|trapped|broken|defeated|helpless|alone|so alone|lonely|unloved|unwanted|unlovable|invisible|pathetic|disgusting|(?:a|an) (?:complete |total |utter |absolute |massive |huge |useless |pathetic |worthless )?(?:failure|burden|mess|disappointment|waste of space|waste of oxygen|waste|mistake|loser)|nothing|no good|worth nothing|exhausted all the time)\b`,
    String.raw`\bhopeless(?:ness)?\b`,
    String.raw`\bworthless(?:ness)?\b`,
    String.raw`\b(?:loneliness|lonliness|despair|misery|miserable|pathetic)\b`,
    String.raw`\b(?:im|i am|feel like) (?:such |just )?(?:a|an) (?:burden|failure|waste of space|waste of oxygen|disappointment|mistake|loser|screw up|fuck up)\b`,
    String.raw`\b(?:no|theres no|there is no|lost all|without any|without|zero) hope\b`,
    String.raw`\bnothing (?:will|is going to|is ever going to|will ever|ever|is) (?:get|be|feel|getting) (?:any )?better\b`,
    String.raw`\b(?:never|not|its never|it isnt|things are never|its not) (?:going to|gonna) get better\b`,
    String.raw`\b(?:things|it|life|my life) (?:will never|wont ever|is never going to|are never going to|never) (?:get|be|gets) (?:any )?better\b`,
    String.raw`\b(?:whats|what is) the point(?: of (?:anything|trying|it all|this|any of this|even trying|me|getting up))?(?= *(?:$|[.!?,;\n]|anymore|honestly|lol|tbh|i ))`,
    String.raw`\b(?:i )?(?:give|gave|giving|am giving|m giving) up\b(?! on (?:this|the|that|trying to|my diet|coffee|sugar|smoking|drinking|him|her|them|it|chocolate|meat|alcohol)| (?:coffee|sugar|smoking|drinking|meat|alcohol|chocolate|my seat|the))`,
    String.raw`\bhate (?:myself|my life|who i am|who im|everything about (?:me|myself)|my body|my existence|being me)\b`,
    String.raw`\bnothing (?:ever )?(?:helps|works) anymore\b|\band nothing (?:ever )?(?:helps|works)\b|\bnothing i do (?:ever )?(?:matters|helps|works)\b|\bi dont matter\b|\bi (?:mean|am worth) nothing\b|\bwhy (?:do|should) i (?:even )?(?:try|bother)\b`,
    String.raw`\b(?:no one|nobody|noone) (?:really |even |actually )?(?:cares|loves|likes|wants|would care|would miss|understands|gives a (?:shit|fuck|damn)|notices)(?: about)?(?: me| if)\b`,
    String.raw`\bcant cope\b`,
    String.raw`\bfalling apart\b`,
    String.raw`\b(?:im|feel like im|i am|like im) drowning\b(?! in (?:work|emails|homework|paperwork|laundry|assignments|deadlines|tasks|admin|bills|debt|\w+ work|coffee|love))`,
    String.raw`\b(?:tired|sick|exhausted) of (?:everything|it all|pretending|trying|fighting|being me|feeling like this|this life|feeling this way|being alone)\b`,
    String.raw`\bexhausted from (?:pretending|trying|fighting|hiding)\b`,
    String.raw`\b(?:cant|cannot) stop crying\b|\bcry(?:ing)? (?:myself to sleep|every (?:day|night))\b`,
    String.raw`\bi ruin everything\b`,
    String.raw`\b(?:everything|life|it all|my life) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|hopeless|empty|dark|grey|gray|numb|unbearable|too much|heavy|so heavy)\b`,
    String.raw`\b(?:everything|it all|life) (?:feels|is|seems) (?:so )?heavy\b`,
    String.raw`\bnothing matters(?: anymore)?\b`,
    String.raw`\b(?:dont|cant) see the point(?: (?:in|of) (?:anything|trying|it|this))?\b`,
    String.raw`\bno (?:reason|point) (?:to|in) (?:try|trying|get up|getting up|keep trying)\b`,
    String.raw`\b(?:so|completely|totally|utterly) broken\b`,
    String.raw`\bpretending (?:to be|im|that im|i am) (?:ok|okay|fine|happy|alright)\b`,
    String.raw`\bpanic attacks?\b`,
    String.raw`\b(?:feel|feels|feeling) like (?:im|i am) dying\b(?! (?:of|to|laughing|inside))`,
    String.raw`\b(?:i think|i thought|i felt like|i feel like|feels like|felt like|its like) (?:im|i am|i was) dying\b`,
    String.raw`\b(?:id|i would) (?:rather|sooner) (?:die|be dead)(?= than)`,
    String.raw`\bno way out\b`,
    String.raw`\bgive up on (?:everything|myself)\b`,
    String.raw`\b(?:im|i am) (?:so )?(?:done|finished)(?= *(?:$|[.!?\n]))`,
    String.raw`\b(?:so|really|very|incredibly|extremely|deeply|unbearably) sad\b`,
    String.raw`\bcant (?:breathe|stop shaking)\b`,
  ) }),

  // ===== Someone else at risk (concern for the client who carries it) ==================================
  rule({ id: "other.at-risk", category: "someone-else-at-risk", tier: "concern", pattern: alt(
    String.raw`\b(?:kill(?:s|ed|ing)?|hurt(?:s|ing)?|harm(?:s|ing|ed)?|cut(?:s|ting)?|unalive|hang(?:s|ed|ing)?|shoot(?:s|ing)?|shot|starv(?:e|es|ing)|off(?:ed|ing)?|end(?:s|ed|ing)?) (?:himself|herself|themselves|themself)\b`,
    String.raw`\b(?:tried|attempted|tries|trying|wants|wanted|going|threatened|threatens|threatening|attempt) to (?:kill|hurt|harm|end|take) (?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?life)\b`,
    String.raw`\b(?:his|her|their) (?:suicide|suicidal) (?:attempt|thoughts|note)\b`,
    String.raw`\bwish(?:es|ed)? (?:she|he|they) (?:was|were|could be) dead\b`,
    String.raw`\b(?:died|dies) by suicide\b|\btook (?:his|her|their) (?:own )?life\b|\bcommitted suicide\b`,
  ), person: "subject" }),
];
