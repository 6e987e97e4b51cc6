// The output guard: every companion reply, from a model or the built-in engine, is checked before the
// client sees it. It catches method or means information for self-harm or suicide (and encouragement),
// a diagnosis, medication advice, a claim to be a person or a therapist, and sexual content. It is
// deliberately narrow: ordinary warm replies ("it sounds like you had a hard day", "talk to your doctor
// about your medication", "could you put the pills in another room?") must pass.
import { guardReplacementCopy } from "./copy/guard-replies.copy.ts";
import { normaliseText, originalSpan } from "./normalise-text.ts";

export const guardViolations = ["method-or-means", "diagnosis", "medication-advice", "claims-human", "sexual-content"] as const;
export type GuardViolation = (typeof guardViolations)[number];

export type GuardResult =
  | { ok: true }
  | {
      ok: false;
      violation: GuardViolation;
      /** Which check fired (an id, never text: safe to log). */
      rule: string;
      /** Offsets of the offending sentence in the reply. */
      start: number;
      end: number;
    };

export interface GuardOptions {
  /** Rehearsal: the companion is playing someone in the client's life ("I'm your mum"), so ordinary
   * claims of a life are expected; an explicit claim to be human, a real person or a therapist, or to
   * not be an AI, is still caught. */
  rolePlay?: boolean | undefined;
}

/** The safe reply shown instead of a reply that broke a rule (copy/guard-replies.copy.ts). */
export function guardReplacement(violation: GuardViolation): string {
  return guardReplacementCopy[violation];
}

interface GuardCheck {
  id: string;
  violation: GuardViolation;
  /** Tested on each normalised sentence. */
  test: (sentence: string, options: GuardOptions) => boolean;
}

const rx = (source: string): RegExp => new RegExp(source);

// ----- method or means -------------------------------------------------------------------------------
const methodWord = rx(String.raw`\b(?:hang(?:ing)?|noose|ligature|overdos\w*|cut(?:ting)? (?:deep|deeper|vertical\w*|along|lengthwise|down the|across)|slit\w*|jump(?:ing)? (?:from|off)|carbon monoxide|exhaust|helium|charcoal|poison\w*|bleach|antifreeze|shoot(?:ing)? yourself|gun|firearm|drown\w*|suffocat\w*|plastic bag|in front of a train|bleed(?:ing)? out|wrists?|veins?|arter(?:y|ies)|pills?|tablets?|paracetamol|acetaminophen|tylenol|insulin|opioids?|fentanyl|benzos?|sleeping pills|painkillers|rope|cord|belt|beam|rafters?|ledge|cliff|bridge|rooftop|train tracks|railway|knife|blade|razor)\b`);
const instructionWord = rx(String.raw`\d|\b(?:how (?:to|many|much|long)|(?:the )?(?:best|easiest|quickest|fastest|most painless|least painful|surest|most effective|most reliable|painless|quick|effective|reliable|guaranteed|lethal|fatal|deadly|toxic) (?:way|method|dose|amount|option|means|choice)|steps?|first,? you|then you|make sure|works? (?:best|better|faster)|enough to|would (?:kill|be fatal|be lethal)|will (?:kill|be fatal|be lethal)|tie (?:it|the|a)|knot|height|floors|stories|storeys|where to (?:buy|get|find)|you can (?:buy|get|find)|without a prescription|over the counter)\b`);
const deathWord = rx(String.raw`\b(?:die|dying|death|kill (?:yourself|you)|end (?:your life|it)|suicide|fatal|lethal|overdose|hurt yourself|harm yourself|self harm|bleed|not wake up|stop your heart)\b`);
const safetyAdvice = rx(String.raw`\b(?:call|ring|contact|emergency|999|911|112|000|111|hospital|a ?& ?e|er|poison (?:control|centre|center)|get help|seek help|crisis line|put (?:them|it|the \w+) (?:away|somewhere)|lock (?:them|it) (?:away|up)|give (?:them|it|the \w+) to|hand (?:them|it) to|get rid of|out of reach|somewhere (?:else|safe)|another room|dispose|safer)\b`);
const refusal = rx(String.raw`\b(?:cant|cannot|wont|will not|not able to|unable to|not going to|im not going to|i dont) (?:help|share|give|provide|tell|talk|go into|discuss|describe|offer)\b`);
const explicitMethod = rx(String.raw`\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|level)s? (?:of|for|is|would)|\b(?:most|least) (?:painless|painful|effective|reliable) (?:way|method)s? (?:to|of)|\bhow to (?:tie a noose|kill yourself|hang yourself|overdose|end your life)\b|\benough (?:pills|tablets|\w+ pills) to\b|\b\d+(?:\.\d+)? ?(?:mg|g|grams|milligrams|pills|tablets)\b[^.!?\n]{0,40}\b(?:lethal|fatal|kill|deadly|enough)\b`);
// A means and how much of it, or "the most reliable way": instructions even without a word for death.
const quantityWord = rx(String.raw`\b(?:all (?:of )?(?:your|the|my|them)|at once|in one go|a whole (?:bottle|box|packet|pack|strip)|the whole (?:bottle|box|packet|pack|strip)|a handful|handfuls|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozens?|several|lots of|loads of)(?: \w+)? (?:pills|tablets|capsules)|\d+ (?:pills|tablets|capsules))\b`);
const ingestVerb = rx(String.raw`\b(?:take|taking|swallow\w*|down|downing|wash (?:them|it) down|crush\w*|mix\w*|combine\w*)\b`);
const wayWord = rx(String.raw`\b(?:most|least|best|easiest|quickest|fastest|surest|simplest|most painless|least painful) (?:\w+ )?(?:way|method|option)s?\b`);
const encouragement = rx(String.raw`\byou should (?:just )?(?:kill yourself|end it|end your life|die|do it already)\b|\b(?:go ahead and|you might as well) (?:kill yourself|end it|end your life|do it|die)\b|\b(?:no one|nobody) would (?:miss|notice|care about) you\b|\byoud? be better off dead\b|\bthe world (?:would be|is) better (?:off )?without you\b|\bkys\b`);

// ----- diagnosis -------------------------------------------------------------------------------------
const disorder = String.raw`(?:(?:a |an |some |the )?(?:form of |case of |type of |kind of |mild |severe |moderate |clinical |major |chronic |high functioning )*)(?:depression|major depressi\w+|depressive disorder|mdd|bipolar(?: disorder)?|bpd|borderline(?: personality disorder)?|ptsd|c ?ptsd|complex ptsd|post traumatic stress(?: disorder)?|ocd|obsessive compulsive(?: disorder)?|adhd|autism|aspergers|asd|anxiety disorder|generali[sz]ed anxiety(?: disorder)?|social anxiety disorder|panic disorder|schizophrenia|schizoaffective|psychosis|psychotic disorder|narcissistic personality disorder|npd|personality disorder|eating disorder|anorexia|bulimia|binge eating disorder|dissociative identity disorder|dysthymia|persistent depressive disorder|seasonal affective disorder|attachment disorder|avoidant personality disorder|antisocial personality disorder|mental illness|cyclothymia|hypomania|mania|an? disorder)\b`;
const diagnosisPatterns = [
  rx(String.raw`\b(?:you|u|youre) (?:\w+ )?(?:have|might have|may have|probably have|likely have|clearly have|definitely have|seem to have|could have|are suffering from|suffering from|suffer from|meet the criteria for|fit the criteria for|have got) ${disorder}`),
  rx(String.raw`\b(?:it|this|that) (?:sounds|seems|looks|feels) like (?:you (?:have|might have|may have|ve got|have got|are suffering from|suffer from)|youre suffering from|youve got|a case of|classic|textbook|symptoms of|signs of|a sign of|a symptom of) ${disorder}`),
  rx(String.raw`\b(?:youre|you are) (?:probably |clearly |definitely |likely |obviously )?(?:bipolar|autistic|schizophrenic|psychotic|anorexic|bulimic|a narcissist|narcissistic|borderline|clinically depressed|manic|on the spectrum|a sociopath|a psychopath|ocd|adhd)\b`),
  rx(String.raw`\b(?:this|that|these|those|what youre describing|what you describe|your symptoms|your behaviou?r|what you have)(?: \w+){0,3} (?:is|are|sounds like|sound like|seems like|seem like|looks like|look like|fits|fit) (?:a |an )?(?:classic|textbook|typical|clear|common)? ?(?:sign|signs|symptom|symptoms|case|example|presentation|picture|hallmark) of ${disorder}`),
  rx(String.raw`\b(?:i(?:d| would)? diagnose you|my diagnosis (?:is|would be|here)|(?:your|a|the) diagnosis (?:is|would be|here is)|(?:you|u) (?:have|has) been diagnosed by me)\b`),
  rx(String.raw`\bi (?:think|believe|suspect|bet) (?:that )?(?:you|u) (?:have|might have|may have|are) ${disorder}`),
];
const reportedDiagnosis = rx(String.raw`\b(?:you (?:mentioned|said|told me|shared|explained|were diagnosed|wrote)|youve been diagnosed|your (?:therapist|doctor|psychiatrist|gp) (?:diagnosed|said|thinks|mentioned)|diagnosed with|your diagnosis|when you (?:say|said))\b`);

// ----- medication advice -----------------------------------------------------------------------------
const meds = String.raw`(?:(?:your|the|some|a|an|any|more|less|extra|other|new|different|those|these|my) )?(?:meds|medication|medications|medicine|pills|tablets|dose|dosage|doses|prescription|antidepressants?|ssris?|snris?|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|remeron|trazodone|lithium|lamotrigine|lamictal|quetiapine|seroquel|aripiprazole|abilify|olanzapine|risperidone|benzodiazepines?|benzos|xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|adderall|ritalin|methylphenidate|vyvanse|stimulants?|antipsychotics?|mood stabili[sz]ers?|sleeping pills|melatonin|zopiclone|ambien|zolpidem|propranolol|beta blockers?|st johns wort|5 htp|ashwagandha|cbd|kava|valerian|ibuprofen|paracetamol|tylenol|advil|painkillers?|gabapentin|pregabalin|hydroxyzine|buspirone)\b`;
const adviceVerb = String.raw`(?:take|taking|start|starting|stop|stopping|quit|quitting|come off|coming off|get off|go off|skip|skipping|double|doubling|halve|halving|increase|increasing|decrease|decreasing|reduce|reducing|lower|lowering|raise|raising|up|upping|switch|switching|change|changing|taper|tapering|try|trying|add|adding|cut down|cutting down|drop|dropping|ditch|ditching|wean off|weaning off)`;
const medicationPatterns = [
  rx(String.raw`\b(?:you should|you could|you might want to|you may want to|you can|you need to|you ought to|i(?:d| would)? (?:recommend|suggest|advise)|i recommend|i suggest|i advise|try|consider|its (?:fine|ok|okay|safe|better|best) to|why not|maybe|perhaps|dont be afraid to|go ahead and|just|its time to|time to|youd be better off|you would be better off)\s(?:\w+\s){0,2}?${adviceVerb}\s(?:\w+\s){0,2}?${meds}`),
  rx(String.raw`\b(?:dont|do not|never) (?:\w+ )?(?:take|start|stop|quit|skip|double|increase|decrease|reduce|switch|come off|touch|bother with)\s(?:\w+\s){0,2}?${meds}`),
  rx(String.raw`\b(?:you|u) (?:probably |really |definitely )?(?:dont|do not) need (?:\w+ )?(?:meds|medication|medicine|antidepressants|pills|therapy and meds)\b`),
  rx(String.raw`\b(?:you (?:need|should be on|should get on|should go on|would benefit from)|(?:meds|medication|antidepressants|an ssri) (?:would|will|could) (?:help|fix|sort) you)\b(?: \w+){0,3} ?(?:meds|medication|antidepressants|an ssri|ssris|lithium|benzos|xanax|sleeping pills)?`),
  rx(String.raw`\b(?:take|taking|try|trying|start|starting|increase|increasing|up|upping|go up to|up to|double|halve|lower|lowering|reduce|reducing|switch to|dose of|doses of)\b[^.!?\n]{0,30}\b\d+(?:\.\d+)? ?(?:mg|milligrams?|mcg|micrograms?|ml|pills|tablets|capsules)\b`),
  rx(String.raw`\b\d+(?:\.\d+)? ?(?:mg|milligrams?|mcg|micrograms?)\b[^.!?\n]{0,30}\b(?:should|would|will|could|is (?:a good|enough|plenty|fine|safe))\b`),
];
const deferral = rx(String.raw`\b(?:doctor|doctors|gp|prescriber|psychiatrist|pharmacist|nurse|care team|clinic|prescribed|prescribing|medical team)\b`);
const youNeedMedsShape = rx(String.raw`\b(?:meds|medication|antidepressants|an ssri|ssris|lithium|benzos|xanax|sleeping pills|medicine)\b`);

// ----- claims to be human ----------------------------------------------------------------------------
const humanClaim = rx(String.raw`\b(?:im|i am) (?:also |just |only |actually |really |a |an |real |actual |living |breathing |flesh and blood |fellow |licensed |qualified |trained |certified |registered |practising |practicing |clinical )*(?:human(?: being)?|real person|live person|actual person|person|therapist|psychologist|psychotherapist|counsel(?:l)?or|psychiatrist|doctor|nurse|social worker|clinician|mental health professional|licensed professional|professional)\b(?! (?:like (?:you|them)|shaped|centered|centred|friendly))`);
const notAiClaim = rx(String.raw`\b(?:im|i am) not (?:a |an )?(?:ai|bot|robot|chatbot|machine|program|computer|language model|llm|artificial intelligence|automated)\b|\b(?:im|i am) (?:a )?(?:real|human)(?= *(?:$|[.!?,]|too|as well))`);
const roleClaim = rx(String.raw`\bas a (?:therapist|psychologist|counsel(?:l)?or|psychiatrist|doctor|clinician|professional|human|person|fellow human|human being)\b|\bmy (?:own )?(?:clients|patients|caseload|clinical (?:experience|practice|work))\b|\bin my (?:experience|practice|work|career) as a (?:therapist|psychologist|counsel(?:l)?or|doctor|clinician)\b`);
const livedClaim = rx(String.raw`\bi (?:went through|have been through|ve been through|lived through|survived|dealt with|struggled with|experienced|felt|had)(?: \w+){0,4} (?:myself|too|as well|when i was|in my (?:own )?life|years ago)\b|\bwhen i was (?:a kid|a child|young|younger|your age|in (?:school|college|high school|university)|a teenager)\b|(?<!\b(?:tell|tap|open|call|text|message|ask|contact) |")\bmy (?:own )?(?:mom|mum|mother|dad|father|wife|husband|kids|children|son|daughter|family|childhood|ex|girlfriend|boyfriend|therapist|body|parents)\b|\bi (?:have|ve got|got) (?:a )?(?:body|family|wife|husband|kids|children|heartbeat)\b`);

// ----- sexual content --------------------------------------------------------------------------------
const explicitWord = rx(String.raw`\b(?:cock|cocks|pussy|cunt|clit|cum|cumming|horny|blowjob|blow job|handjob|hand job|jerk(?:ing)? off|jack(?:ing)? off|sexting|nudes|boner|dildo|threesome|bdsm|tits|titties|boobs|fuck me|fuck you hard|ride you|suck (?:your|my))\b`);
const clinicalSexWord = rx(String.raw`\b(?:masturbat\w*|porn\w*|orgasm\w*|arous\w*|erection|penis|vagina|genitals?|nipples?|naked|nude|sex|sexual\w*|erotic\w*|intimate|moan\w*|breasts?|thighs?)\b`);
const eroticFrame = rx(String.raw`\b(?:i want to|id love to|let me|i wanna|i could|i will|ill|im going to|i cant wait to|imagine me|i would love to|i wish i could)\s(?:\w+\s)?(?:kiss|touch|undress|caress|lick|taste|feel|hold|fuck|ride|pleasure|tease|seduce|strip|spank|make love to|have sex with|sleep with|get (?:naked|intimate) with|be inside|take off)\b|\b(?:touch|pleasure|undress|play with) yourself\b|\b(?:youre|you are|you look|you sound) (?:so |really )?(?:sexy|hot|fuckable|naughty|turned on)\b|\bsend (?:me )?(?:nudes|pics|a pic of you|a photo of you)\b|\btalk dirty\b|\b(?:make|making) you (?:moan|cum|wet|hard|scream)\b|\bin bed with you\b|\byour (?:naked|nude) body\b|\bturn(?:s|ed)? me on\b`);

const checks: readonly GuardCheck[] = [
  { id: "method.encouragement", violation: "method-or-means", test: (s) => encouragement.test(s) },
  { id: "method.explicit", violation: "method-or-means", test: (s) => explicitMethod.test(s) && !(refusal.test(s) && !/\d/.test(s)) },
  {
    id: "method.instructions",
    violation: "method-or-means",
    test: (s) => methodWord.test(s) && instructionWord.test(s) && deathWord.test(s) && !refusal.test(s) && !(safetyAdvice.test(s) && !/\d ?(?:mg|g|grams|pills|tablets|feet|floors|metres|meters)\b/.test(s)),
  },
  {
    id: "method.quantity",
    violation: "method-or-means",
    test: (s) => methodWord.test(s) && quantityWord.test(s) && ingestVerb.test(s) && !refusal.test(s) && !safetyAdvice.test(s),
  },
  { id: "method.way", violation: "method-or-means", test: (s) => wayWord.test(s) && methodWord.test(s) && !refusal.test(s) && !safetyAdvice.test(s) },
  { id: "sexual.explicit", violation: "sexual-content", test: (s) => explicitWord.test(s) },
  { id: "sexual.erotic", violation: "sexual-content", test: (s) => eroticFrame.test(s) || (clinicalSexWord.test(s) && /\b(?:i want|let me|imagine|my (?:body|hands|lips|tongue)|your (?:body|lips|skin))\b/.test(s)) },
  { id: "claims-human.not-ai", violation: "claims-human", test: (s) => notAiClaim.test(s) },
  { id: "claims-human.identity", violation: "claims-human", test: (s, o) => humanClaim.test(s) && !(o.rolePlay === true && !/\b(?:human|real person|actual person|live person|therapist|psychologist|psychiatrist|counsel(?:l)?or)\b/.test(s)) },
  { id: "claims-human.role", violation: "claims-human", test: (s, o) => o.rolePlay !== true && roleClaim.test(s) },
  { id: "claims-human.lived-experience", violation: "claims-human", test: (s, o) => o.rolePlay !== true && livedClaim.test(s) },
  { id: "diagnosis", violation: "diagnosis", test: (s) => diagnosisPatterns.some((pattern) => pattern.test(s)) && !reportedDiagnosis.test(s) },
  {
    id: "medication-advice",
    violation: "medication-advice",
    test: (s) => {
      const hasDose = /\b\d+(?:\.\d+)? ?(?:mg|milligrams?|mcg|micrograms?|ml)\b/.test(s);
      const advised = medicationPatterns.some((pattern, index) => pattern.test(s) && (index !== 3 || youNeedMedsShape.test(s)));
      if (!advised) return false;
      // "Please don't stop your medication without talking to your doctor" is the safe message.
      return hasDose || !deferral.test(s);
    },
  },
];

const sentenceBoundary = /[.!?…]+["'”’)\]]*(?=\s|$)|\n+/g;

/** Checks one companion reply (or the text so far, when streaming). */
export function guardReply(text: string, options: GuardOptions = {}): GuardResult {
  const normalised = normaliseText(text);
  const body = normalised.text;
  let start = 0;
  const sentences: { start: number; end: number }[] = [];
  sentenceBoundary.lastIndex = 0;
  for (let match = sentenceBoundary.exec(body); match !== null; match = sentenceBoundary.exec(body)) {
    sentences.push({ start, end: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  if (start < body.length) sentences.push({ start, end: body.length });
  // Each sentence, and each pair of neighbours (a violation split across a full stop).
  const windows = [...sentences, ...sentences.slice(1).map((s, k) => ({ start: sentences[k]?.start ?? s.start, end: s.end }))];
  for (const check of checks) {
    for (const window of windows) {
      const sentence = body.slice(window.start, window.end);
      if (check.test(sentence, options)) {
        const span = originalSpan(normalised, window);
        return { ok: false, violation: check.violation, rule: check.id, start: span.start, end: span.end };
      }
    }
  }
  return { ok: true };
}
