// The broad net under the risk screen. The phrase rules (risk-rules.ts) know what people have been
// seen to write; every fresh held-out round showed that on phrasing they have never seen they catch
// only about half of the people in danger. The net does not look for phrases: it looks for the client
// speaking of themselves together with concept families, and combinations raise the tier.
//
// Families (each a list of words and short frames, by kind, not by sentence):
// - `death`: dying, being dead, not existing, not waking up, disappearing, being gone, ending it, a
//   method named after a wish or intent ("thinking about swerving", "gonna walk into the sea"). A
//   death word only counts inside a frame of wanting, intending, imagining or welcoming it ("want to",
//   "wish i", "id be fine if i", "thinking about"), or with the life words negated ("dont want to be
//   alive", "tired of living"), so "my phone is dying" and "dead tired" never reach it.
// - `self-harm`: an act of hurting done to the client's own body ("scratched my arms", "burning my
//   skin with a lighter"), not an accident ("cut my finger chopping onions").
// - `burden`: the people around would be better off, would not notice, the client is a burden.
// - `farewell` (strong: stands alone) and `leaving` (weak: counts only beside something else): last
//   messages, goodbyes to everyone, affairs sorted, things given away, "where im going".
// - `means` by kind (pills, rope, heights, rails, traffic, blades, guns, the car, water, poison),
//   `time` (tonight, tomorrow, after they go to bed), `act` (taking a lethal quantity, standing on
//   a ledge, stockpiling, method research, the body's signs after an overdose or a deep cut).
//
// Scoring (scoreNet): death, self-harm, burden or farewell about the client → urgent. Imminent when
// one of them comes with means, an act or leaving near it; with a time when the frame is intent
// ("going to", "tonight i"); when two farewells or a farewell and leaving come together; when an act
// stands on its own (a lethal quantity swallowed, a ledge, a stockpile, method research); or when
// means, time, leaving or an act follow talk of suicide in the recent messages.
//
// Protections are the screen's own (screen-risk.ts judges every hit as it judges a rule's cue):
// negation governing the hit, quotes and fiction, someone else or people in general as the subject,
// the remote past, and laughter with a trivial cause. The idioms that use death words for something
// else ("dead on my feet", "dying to see", "to die for", "die of embarrassment") are excluded here.
// Deterministic, pure, one pass of a few regular expressions: a few microseconds per chat message.
import type { RiskRule } from "./risk-rules.ts";
import type { RiskCategory } from "./risk-types.ts";

export type NetFamily = "death" | "self-harm" | "burden" | "farewell" | "leaving" | "means" | "time" | "act";

/** A family hit on normalised text (offsets into `normaliseText(...).text`). */
export interface NetHit {
  family: NetFamily;
  /** Which list inside the family matched, for explanations and tests. */
  kind: string;
  start: number;
  end: number;
  /** The frame is intent ("going to", "ill", "tonight i"), not a wish: a time beside it is a plan. */
  intent: boolean;
}

const alt = (...parts: string[]): string => `(?:${parts.join("|")})`;
/** Words that may sit between a frame and its concept ("want to just quietly die"). */
const gap = String.raw`(?:(?:just|really|actually|finally|simply|quietly|peacefully|so|kind of|sort of|honestly|literally|all|never|go|be able to|have to|to|be|fall|already|completely|forever|permanently)\s){0,3}`;

// Frames --------------------------------------------------------------------------------------------

/** Wanting, welcoming or imagining it: passive or active thoughts (urgent). */
const wishFrame = alt(
  String.raw`want(?:s|ed)? to`,
  String.raw`wanting to`,
  String.raw`(?:all|the only thing|what) i (?:really )?(?:want|wish for|need|long for)(?: now| anymore)? (?:is|is to)`,
  String.raw`want (?:it|everything|it all)? ?to`,
  String.raw`wish(?:ing)? (?:i (?:could|was|were|would|had|did|didnt|wasnt|werent|never|hadnt|just)|to|for|that i (?:could|was|were|would|had))`,
  String.raw`(?:hope|hoping|pray|praying) (?:i|to|for|that i)(?: (?:could|would|will|just|dont|do not|never))?`,
  String.raw`(?:long|longing|yearn|yearning|ache|aching) (?:to|for)`,
  String.raw`(?:crave|craving)`,
  String.raw`(?:ready|deserve|deserving|need|needing|tempted|desperate|aching|itching) to`,
  String.raw`urges? to`,
  String.raw`(?:think|thinking|thought|thoughts|dream|dreaming|dreams|daydream|daydreaming|fantasi[sz]e|fantasi[sz]ing|obsess|obsessing) (?:about|of)(?: how (?:nice|good|easy|peaceful) it would be to)?`,
  String.raw`(?:keep|cant stop|cant help) (?:thinking|picturing|imagining|dreaming)(?: about| of)?`,
  String.raw`(?:imagine|imagining|picture|picturing|visuali[sz]e|visuali[sz]ing)(?: myself)?`,
  String.raw`(?:consider|considering|contemplate|contemplating)`,
  String.raw`(?:feel|felt|feeling|feels) like`,
  String.raw`(?:would|could|might|should) (?:just|simply|as well|easily|happily|rather)`,
  String.raw`should(?: just)?`,
  String.raw`better off`,
  String.raw`(?:welcome|welcoming|accept|accepting)`,
  String.raw`(?:id|i would|id honestly) be (?:fine|ok|okay|happy|glad|relieved|grateful|at peace|content) if i`,
  String.raw`(?:it )?(?:would|d|will) be (?:nice|easier|better|a relief|peaceful|so much easier|so nice|kind of nice|ok|okay) (?:to|if i)`,
  String.raw`(?:how nice|how easy|how peaceful) it would be to`,
  String.raw`what if i`,
  String.raw`maybe i should`,
  String.raw`(?:so close to|one step (?:away )?from|on the verge of|on the edge of)`,
  String.raw`(?:time for me to|my time to)`,
);

/** Intending it: with a time, means or an act this is a plan (imminent). */
const intentFrame = alt(
  String.raw`(?:im|i am|ill|i will) (?:going to|about to|gonna)`,
  String.raw`(?:ill|i will)`,
  String.raw`(?:im|i am)(?= (?:ending|killing|unaliving|offing|taking my|jumping|hanging|overdosing|walking into|driving into|crashing))`,
  String.raw`going to`,
  String.raw`about to`,
  String.raw`(?:plan|planning|planned|decided|deciding|intend|intending|determined|ready) (?:to|on)`,
  String.raw`(?:tonight|tomorrow|today|soon|then|(?:this|next|on) (?:weekend|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (?:i|ill|im going to)`,
  String.raw`(?:i|ill) (?:finally|definitely)`,
);

// Concepts --------------------------------------------------------------------------------------------

/** Death and not existing: the thing wished or intended. */
const deathConcept = alt(
  String.raw`die\b(?! (?:anyway|someday|one day|eventually|at some point|sometime|knowing|old|young|alone|happy|a (?:happy|virgin|hero)|in my sleep|if|unless|when|for|of|laughing|from (?:embarrass|cringe|laugh|shame)|happy|on (?:that|this) hill|my hair|without (?:my|coffee|it|you|them|her|him)|in (?:the|a) game|inside a little|a little inside))`,
  String.raw`be dead\b(?! (?:if|unless|when|tired|serious|on|set|wrong|beat|last))`,
  String.raw`dead(?! (?:tired|serious|on|set|wrong|beat|last|inside|end|line|air|weight|body|battery|phone|ringer|center|centre|quiet|silent|giveaway|heat|meat|ass|cute|funny|good|easy|simple|bored|boring|lol|lmao))`,
  String.raw`death(?! (?:metal|stare|grip|trap|match|note|star|row|toll|scene|by chocolate))`,
  String.raw`dying(?! (?:to|for|of|laughing|my|her|his|inside a little))`,
  String.raw`(?:not|never) (?:be )?(?:alive|exist|existing|here anymore|around anymore|breathing)`,
  String.raw`(?:not|never|didnt|dont|wouldnt) (?:ever )?(?:wake|waking|woke|woken) up`,
  String.raw`(?:stop|stopped|quit) (?:existing|living|breathing|being alive|being here|being a person|being)(?! (?:so|such|a |an |the |in |at |with |on ))`,
  String.raw`(?:go to |fall )?sleep (?:forever|and (?:never|not) wake(?: up)?|for ever|permanently)`,
  String.raw`rest (?:forever|for good|in peace)`,
  String.raw`(?:disappear|vanish)(?:ed|ing)?(?! (?:for a|into (?:a|my|the) (?:cabin|book|game|world|hole|bed|room|blanket|woods)|off (?:social|the grid|insta|instagram|twitter|tiktok|facebook|the internet|the map)|from (?:social|the internet|insta|instagram|twitter|tiktok|facebook|here for a)|to (?:a|the|my)|on (?:holiday|vacation)|(?:for )?(?:a|the) (?:weekend|week|month|day|bit|while)))`,
  String.raw`(?:be|stay|being) gone(?! (?:for (?:a|the) (?:weekend|week|month|day|bit|while|summer)|until|till|by|on holiday|on vacation|from (?:work|school|home)))`,
  String.raw`go away (?:forever|for good|and never come back)`,
  String.raw`never (?:come|coming) back`,
  String.raw`cease to exist`,
  String.raw`(?:leave|leaving) (?:this (?:world|earth|planet|life)|the (?:world|earth|planet))`,
  String.raw`check out(?! (?:the|this|that|my|your|a|an|our|some|these|those|of|at|early|at the))`,
  String.raw`end(?:ing)? (?:it all|it|things|everything|me|myself|my life|my own life|this life|my existence|my suffering|the pain for good)(?! (?:with|between|for|here|there|at|off|up|early|on|now with|before it|tonight with))`,
  String.raw`(?:kill|killing|unalive|unaliving|off|offing|end|ending) (?:myself|me)\b(?! (?:laughing|trying|working|at work|at the gym|with (?!(?:pills|a knife|a gun|my (?:gun|knife|pills)|a rope|rope|poison))|over|for|to (?:get|finish|make|keep)|on the|studying|doing))`,
  String.raw`take my (?:own )?life(?! (?:back|into|in my|seriously|for granted|to the next))`,
  String.raw`(?:six|6) (?:feet|ft) under`,
  String.raw`in (?:the ground|a grave|my grave|a coffin|a box)`,
  String.raw`give up (?:for good|on life|on living|on everything|on myself|on being alive|forever|completely)`,
  String.raw`(?:be|being) with (?:my )?(?:late |dead )?(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|husband|wife|son|daughter|baby|friend|mother|father|parents)(?: again| in heaven| up there| wherever (?:she|he|they) (?:is|are))`,
  String.raw`join (?:my (?:late |dead )?(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|husband|wife|son|daughter|baby|friend|mother|father|parents)|him|her|them)(?= *(?:$|[.,!?\n]|in heaven|up there|again|wherever|where))`,
  String.raw`(?:never|not) (?:been|be|have been) born`,
  String.raw`not (?:be|being) here(?! (?:for|on|at|in|tomorrow|next|this|when (?:you|the)|until|till|by))`,
  String.raw`(?:be|being) free (?:of (?:it all|everything|this life|this body|myself)|forever|for good)`,
  String.raw`(?:get|be) out of (?:this life|this world|here for good|this body)`,
  String.raw`(?:stop|end) (?:it all|everything)(?! (?:with|between))`,
  String.raw`end (?:this|all this|all of this)(?= *(?:$|[.,!?\n]|for good|once and for all|tonight|now|forever))`,
  String.raw`give up and (?:just )?(?:stop|die|disappear|go|fade)`,
  String.raw`(?:be|being) with (?:the people|everyone|those|the ones) (?:who|that|i love who) (?:are|have|has|is) (?:gone|died|passed|dead)`,
);

/** A method, named after a wish or intent ("think about just swerving", "gonna walk into the sea"). */
const methodConcept = alt(
  String.raw`(?:jump|jumping|leap|leaping|throw myself|throwing myself|fall|falling)(?: off| from| in front of| out of| onto)? (?:a |the |my |this |that |our )?(?:\w+ )?(?:bridge|building|roof|rooftop|balcony|cliffs?|ledge|overpass|tower|car ?park|carpark|multi ?stor(?:e)?y|window|top floor|tracks|train|bus|lorry|truck|traffic)`,
  String.raw`(?:yeet|yeeting|throw|throwing|fling|flinging|launch|launching|chuck|chucking) myself (?:off|from|out of|in front of|into|under)`,
  String.raw`(?:jump|jumping)\b(?= *(?:$|[.,!?\n]|off|again|tonight|tomorrow|right now|now))`,
  String.raw`(?:walk|walking|wade|wading|swim|swimming|drive|driving|step|stepping|run|running)(?: out)? (?:into|in front of|under|onto|off) (?:the |a |oncoming |an oncoming )?(?:sea|ocean|river|lake|water|waves|traffic|train|bus|lorry|truck|car|tracks|cliff|bridge|road)`,
  String.raw`(?:drive|driving|crash|crashing|steer|steering)(?: my car| the car| off)? (?:into|off) (?:a |the |oncoming )?(?:tree|wall|traffic|river|bridge|cliff|truck|lorry|pole|barrier|lake|road|edge)`,
  String.raw`(?:crash|crashing|swerve|swerving)\b(?: my car| the car| into something)?(?= *(?:$|[.,!?\n]|on (?:the|my) way|on purpose|into|off|tonight|tomorrow))`,
  String.raw`(?:get|getting|be|being) (?:hit|run over|killed) by (?:a |the )?(?:car|bus|train|truck|lorry|tram)`,
  String.raw`(?:hang|hanging)\b(?: myself)?(?! (?:out|up|on|around|the|some|my|a |pictures|with|in there|tough|loose))`,
  String.raw`(?:overdose|overdosing|od|oding)\b(?! on (?:netflix|coffee|caffeine|sugar|candy|chocolate|tv|anime|memes|music|games|shows|cake|food|work|love|sleep))`,
  String.raw`(?:take|taking|swallow|swallowing|down|downing) (?:all|every|the whole|the lot|them all|the rest|a bottle|the bottle|a packet|the packet|the box|a box|a handful|everything)(?: of)?(?: my| the| them| those| these)?(?: \w+)?`,
  String.raw`(?:drown|drowning|shoot|shooting|gas|gassing|poison|poisoning|suffocate|suffocating|stab|stabbing|electrocute|electrocuting) myself`,
  String.raw`(?:slit|slitting|slash|slashing|open|opening) my (?:wrists?|throat|veins?)`,
  String.raw`bleed(?:ing)? out`,
  String.raw`(?:drink|drinking) (?:the )?(?:bleach|antifreeze|poison|weedkiller)`,
  String.raw`(?:put|putting) a bullet (?:in|through) my`,
  String.raw`pull(?:ing)? the trigger`,
  String.raw`(?:wrap|put|putting|wrapping) (?:the|a) (?:rope|belt|cord|noose) (?:around|round) my`,
);

/** Not wanting life: the life words with the negation inside the hit, so the negation is the risk. */
const lifeRefused = alt(
  String.raw`(?:dont|do not|didnt|no longer|not|never|cant|cannot|wouldnt) (?:even |really |honestly |actually |just |want to |wanna |wish to |feel like |care to |see the point in |see a reason to |see a point in |have (?:a |any )?(?:reason|will|desire|energy) to |know how to |want to keep |keep ){0,3}(?:be |being |stay |staying )?(?:alive|living|live|exist|existing|be here|be around|wake up|waking up|go on|keep going|carry on|keep living|do this (?:life|living)|do life|keep doing life|doing life|be on this (?:planet|earth)|on this (?:planet|earth))\b(?! (?:with|without|here|there|in|at|near|alone|like that|on (?!(?:this|the) (?:planet|earth))|the dream|it up|my best|a lie|for|off|together|through it|next|until|till|by|tomorrow|today|tonight|this|when|if|to (?!(?:see|be|live|wake|go|keep|carry))|as|up to|and (?:see|do|pay|work|study)|doing))`,
  String.raw`(?:tired|sick|exhausted|weary|done|finished|fed up|over) (?:of|with) (?:living|being alive|life|existing|being here|this life|fighting to stay alive|trying to stay alive|waking up)\b(?! (?:in|at|with|on|here|there|admin|insurance|like this for a|as a|like this for))`,
  String.raw`(?:no|zero|not (?:a|any)|dont (?:have|see) (?:a|any)) (?:reason|point|will|purpose) (?:to|in|for) (?:live|living|being alive|going on|keep going|keeping going|stay alive|staying alive|staying|being here|me being here|existing|wake up|waking up|carry on)`,
  String.raw`whats the point (?:of|in) (?:me|living|being alive|life|going on|carrying on|existing|trying to live|waking up|my life)`,
  String.raw`(?:life|living|being alive|my life|existing)(?: \w+){0,2} (?:isnt|is not|aint|not) worth (?:it|living|anything)`,
  String.raw`(?:hate|hating|loathe) (?:being alive|existing|waking up)\b(?! (?:in|at|with|here|there|like this for a|without))`,
  String.raw`(?:living|life|existing|being alive)(?: \w+){0,2} (?:feels|is|has become) (?:like )?(?:a )?(?:punishment|torture|a prison|a sentence|hell|unbearable)`,
  String.raw`want (?:out|off)(?: of (?:life|this life|living|here|everything|this world|this planet))?(?= *(?:$|[.,!?\n]|of|for good|permanently|forever))`,
  String.raw`(?:im|i am|so|completely|totally) done with (?:being alive|life|living|existing|this life)\b(?! (?:as|in|at|like this for))`,
  String.raw`(?:cant|cannot|dont want to|no longer want to) (?:keep|go on) (?:living|being alive|existing)\b`,
);

/** Self-harm done or wanted: an act on the client's own body. */
const selfHarmAct = alt(
  String.raw`(?:cut|cutting|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bash|bashing|bashed|bang|banging|banged|carve|carving|carved|stab|stabbing|stabbed|hurt|hurting|harm|harming|harmed|starve|starving|starved|bite|biting|bit|pinch|pinching|slap|slapping|slapped|whip|whipping|choke|choking|strangle|strangling) (?:myself|my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|body|head|face|hips?|chest|ribs|ankles?|shoulders?))(?! (?:on (?:a|the|some|my)|by accident|accidentally|while|when i (?:fell|tripped)|cooking|chopping|shaving|playing|at (?:the )?(?:gym|work)|in (?:the|a) (?:car|door|accident|crash|game)|against the (?:door|cupboard|table)|(?:against|on) (?:a|the) (?:wall|desk|table|keyboard|brick wall) (?:with|over|trying|about|because|at|for|here|all day)|out of (?:shape|my))|$)`,
  String.raw`(?:cut|cutting|burn|burning|scratch|scratching|hurt|hurting|harm|harming|punish|punishing)(?: \w+){0,2} (?:until|till|til|so) (?:it|they|i|my skin|my arms?)(?: \w+){0,2} (?:bleed|bleeds|bled|bleeding|bruise|bruised|pass out|passed out|scar|scarred|burns)`,
  String.raw`relaps\w*(?: (?:on|into|with|back into))? (?:cutting|self harm|self harming|burning|hurting myself|scratching|sh)`,
  String.raw`(?:with|using) (?:a |the |my )?(?:lighter|compass|razor|blade|razor blade|scissors|cigarette|hot (?:iron|knife|spoon)|pencil sharpener blade)(?= *(?:$|[.,!?\n]|again|until|till|when|on my))`,
  String.raw`(?:deserve|need) (?:to (?:feel|be in) )?(?:pain|to hurt|to bleed|to suffer|punishing)`,
);

/** The people around would be better off; the client is a burden. */
const burdenConcept = alt(
  String.raw`(?:better|easier|happier|lighter|fine|relieved|free)(?: off)?(?: \w+){0,2} (?:without me|if i (?:was|were|wasnt|werent|died|left|disappeared|vanished|was gone|were gone|wasnt here|wasnt around|didnt exist|was dead|were dead|killed myself|never existed))`,
  String.raw`(?:lives|life|things|everything)(?: \w+){0,2} (?:would be|d be|will be|are|is) (?:so much |a lot |way )?(?:easier|better|simpler|lighter) (?:for (?:everyone|them|him|her|my \w+) )?without me`,
  String.raw`(?:no one|noone|nobody|not a soul|would anyone|would anybody|does anyone|would they|would it)(?: \w+){0,2} (?:notice|care|miss me|mind|matter|even notice|even care)(?: \w+){0,3} (?:if i|when i)(?: \w+){0,2} (?:died|was gone|were gone|vanished|disappeared|left|wasnt here|didnt exist|killed myself|was dead|stopped existing|never woke up)`,
  String.raw`(?:no one|noone|nobody|not one person) (?:would|will|is going to) (?:miss me|notice (?:im|i was|if) gone|care if im gone)`,
  String.raw`(?:relieved|happier|better off|glad) (?:if|when) i (?:died|was gone|were gone|was dead|disappeared|killed myself)`,
);

/** Words of farewell that carry weight on their own when the client says them of themselves. */
const farewellStrong = alt(
  String.raw`(?:this is|its|this will be|thatll be|these are) (?:my|the) (?:last|final) (?:message|post|text|words|night|day|goodbye|time (?:well|you|i|talking|we))`,
  String.raw`(?:last|final) (?:message|text|post|words) (?:youll|you will|from me|ill (?:ever )?send|i send)`,
  String.raw`(?:the )?last (?:message|text|thing) (?:youll|you will|anyone will) (?:get|hear|see|read) from me`,
  String.raw`(?:my )?(?:last|final) (?:night|day|hours|sunset|breath|breaths) (?:on (?:this )?earth|alive|here|of my life|ever)`,
  String.raw`(?:goodbye|good bye|bye|farewell) (?:everyone|all|world|forever|for good|guys|friends|everybody|cruel world|to everyone)`,
  String.raw`(?:it was|its been|been) (?:nice|good|lovely|great) knowing`,
  String.raw`(?:wont|will not|not going to|im not going to|i wont) be (?:around|here|alive)(?= *(?:$|[.,!?\n]|anymore|much longer|for long|long|by|when|to see|after|soon|forever|tomorrow$|next (?:week|month|year)$|so it|then))`,
  String.raw`(?:wont|will not) (?:exist|be breathing|wake up|see (?:my|the) (?:\d+\w*|next|another|new year|christmas|birthday|summer))\b(?! (?:in (?:\d+|a hundred|a thousand|a few hundred)|forever|either))`,
  String.raw`(?:wont|will not) need (?:any of )?(?:it|them|any of it|my (?:\w+ )?(?:stuff|things|clothes)) (?:where im going|after (?:tonight|tomorrow|this week))`,
  String.raw`where im going`,
  String.raw`(?:made|making) (?:my )?peace with (?:it|dying|death|my decision|the decision|everything)`,
  String.raw`(?:tell|let) (?:my|them|everyone)(?: \w+){0,2} (?:i love|i loved|im sorry|it wasnt (?:their|his|her|your) fault|not to blame)`,
  String.raw`ill (?:try|do it) again(?= *(?:$|[.,!?\n]|tonight|tomorrow|soon|if))`,
  String.raw`(?:the )?(?:only|one) (?:thing|last thing) left (?:to do|for me to do)`,
  String.raw`(?:tonight|tomorrow|today|soon|this weekend)(?: \w+){0,2} (?:i (?:go|leave|end it|do it)|its over|it ends)(?= *(?:$|[.,!?\n]|for good|forever))`,
  String.raw`(?:im|i am) (?:ready|at peace|calm)(?: (?:now|to go|for it|finally|to leave))?(?= *(?:$|[.,!?\n]))`,
);

/** Acts of leaving and putting things in order: weak alone ("giving away old clothes" is
 * decluttering), telling beside anything else. */
const leavingWeak = alt(
  String.raw`(?:gave|give|giving|given) (?:away )?(?:all )?(?:my|everything|away)(?: \w+){0,3}`,
  String.raw`(?:wrote|written|writing|write|left|leaving|scheduled|scheduling|drafted)(?: \w+){0,3} (?:letters?|notes?|goodbyes?|emails?|messages?|will|texts?)(?! (?:to (?:my )?(?:penpal|pen pal|landlord|teacher|boss|work|council|bank)|for (?:work|school|class)))`,
  String.raw`(?:letters?|notes?|messages?|emails?) (?:to|for) (?:my (?:kids|children|parents|mum|mom|dad|family|wife|husband|partner|sister|brother|friends)|everyone)`,
  String.raw`(?:affairs|things|everything|my stuff) (?:are |is )?(?:sorted|in order|organised|organized|taken care of|arranged)`,
  String.raw`(?:deleted|deleting|cleared|clearing|cancelled|canceling|cancelling|closed|closing|wiped) (?:all )?(?:my|everything)(?: \w+){0,3}`,
  String.raw`(?:ive|i have|i|im) (?:decided|made (?:my|the|a) decision|made up my mind)`,
  String.raw`(?:sorry|thank you|thanks) (?:for everything|mum|mom|dad|everyone|to everyone)`,
  String.raw`(?:look after|take care of|care for|take|took|dropped|drop) (?:my|the) (?:cat|dog|kids|children|pets?|fish|rabbit|hamster)(?: \w+){0,4} (?:for me|when im gone|after|so (?:she|he|they|nobody|no one))`,
  String.raw`so (?:she|he|they|nobody|no one|my \w+)(?: \w+){0,2} (?:wont|doesnt|dont|will not|isnt) (?:be the one to )?(?:find|see|have to find|walk in on) (?:me|it|my body)`,
  String.raw`(?:the )?(?:last|final) (?:time|night|day|message|post)`,
  String.raw`(?:its|it is|this is|then its) (?:it|over|the end|time)(?= *(?:$|[.,!?\n]))`,
  String.raw`(?:just )?(?:one|1) (?:more |last )?thing left`,
  String.raw`(?:then|and then|after that) (?:its|it is|it will be|ill be|im) (?:over|done|gone|free|at peace)`,
  String.raw`(?:tonight|tomorrow|today|this weekend) (?:is|will be) (?:the (?:night|day)|when)`,
  String.raw`(?:said|saying|say) (?:my )?goodbyes?`,
  String.raw`(?:will|testament)(?= *(?:$|[.,!?\n]|today|done|written|is))`,
);

/** Means by kind. */
const meansKinds = alt(
  String.raw`(?:sleeping |heart |blood pressure |my |the |nans |mums |dads |flatmates |\w+s )?(?:pills|tablets|meds|medication|medications|prescription|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|painkillers|antidepressants|sertraline|lithium|insulin|opioids|oxy|codeine|tramadol|benzos|xanax|sleeping pills|diazepam|valium|sleeping tablets|antipsychotics|quetiapine|seroquel|amitriptyline)`,
  String.raw`(?:overdose|lethal dose)`,
  String.raw`(?:rope|noose|belt|cord|ligature|knot|beam|hook|stool|tow rope|extension cord|scarf|cable)`,
  String.raw`(?:bridge|ledge|roof|rooftop|cliff|cliffs|edge|balcony|parapet|railing|rail|car ?park|multi ?stor(?:e)?y|top floor|tower|overpass|window)`,
  String.raw`(?:tracks|train|trains|railway|platform|level crossing|traffic|motorway|highway|lorry|truck|bus)`,
  String.raw`(?:knife|knives|blade|blades|razor|razors|scalpel|box cutter|sharpener)`,
  String.raw`(?:gun|guns|pistol|revolver|rifle|shotgun|firearm|bullets?|loaded)`,
  String.raw`(?:car|engine|exhaust|hose|garage|charcoal|tape|carbon monoxide|helium|gas)`,
  String.raw`(?:bleach|antifreeze|poison|weedkiller|chemicals)`,
  String.raw`(?:sea|ocean|river|lake|quarry|bath|the water|waves|canal|reservoir)`,
);

/** Times near enough to be a plan. "now" alone is too common to count. */
const timeWords = alt(
  String.raw`tonight|tomorrow|today|this (?:weekend|week|evening|afternoon|morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday)`,
  String.raw`(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning)?`,
  String.raw`(?:after|when|once|before) (?:my (?:\w+ )?|everyone |they |he |she |the (?:house|kids) )(?:goes?|go|gets?|is|are|leaves?|falls?|has gone|have gone) (?:to (?:bed|sleep|work)|asleep|out|home|away|quiet)`,
  String.raw`(?:after|when|before) (?:work|school|my shift|class|the party|dinner|everyone leaves|i get home|it gets dark|dark|midnight|morning|sunrise|dawn)`,
  String.raw`(?:by|before|until) (?:morning|tomorrow|tonight|the weekend|friday|sunday|monday|my birthday|the end of the (?:week|month))`,
  String.raw`in (?:an?|a few|a couple of|\d+|one|two|three|few) (?:minutes?|mins?|hours?|hrs?|days?)`,
  String.raw`(?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm)?(?= *(?:$|[.,!?\n]|tonight|tomorrow))|the \d{1,2}:\d\d|at \d{1,2}(?::\d\d)?`,
  String.raw`(?:when|before|by the time) (?:you|anyone|they|everyone) (?:wake up|wakes up|read this|reads this|see this|sees this|get this|gets this|find (?:this|me))`,
  String.raw`soon|right now|any minute|once and for all|on my birthday|next (?:week|weekend)`,
);

/** Acts that stand on their own: a lethal quantity taken, a ledge, a stockpile, method research, the
 * body's signs. */
const actStrong = alt(
  // A lethal quantity taken or being taken.
  String.raw`(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|downing|necked|had|drank|drunk|drinking|mixed|mixing)(?: \w+){0,2} (?:all|the whole|whole|hole|the hole|entire|the entire|the lot|a load of|a bunch of|a handful of|handfuls of|every one of|too many|way too many|the rest of|everything in|\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred|a bottle of|the bottle|a packet of|the packet|the box|a box of|a full|double|triple)(?: \w+){0,3} (?:pills|tablets|meds|medication|prescription|paracetamol|tylenol|painkillers|antidepressants|sleeping pills|insulin|lithium|bottle|packet|box|them|of them|strip|blister)`,
  String.raw`(?:swallowed|drank|downed|took)(?: \w+){0,2} (?:the )?(?:whole|hole|entire) (?:bottle|packet|box|strip|lot|thing)`,
  String.raw`(?:drank|drunk|swallowed|downed)(?: \w+){0,2} (?:bleach|antifreeze|poison|weedkiller|chemicals)`,
  String.raw`(?:mixed|mixing|with) (?:all )?(?:my |the )?(?:meds|pills|tablets)(?: \w+){0,2} (?:with|and) (?:vodka|alcohol|wine|whiskey|whisky|booze|drink)`,
  // On the edge.
  String.raw`(?:standing|stood|sitting|sat|perched|leaning|kneeling|lying|laying|climbed|climbing|on|at) (?:on |at |over |onto |out on |by )?(?:the )?(?:edge|ledge|rail|railing|parapet|tracks|railway line|train tracks|level crossing|cliff edge|edge of the cliff|top of the (?:car ?park|carpark|multi ?stor(?:e)?y|building|bridge|cliff))(?! (?:of (?:my|the) (?:bed|seat|chair|sofa|desk))| of (?:tears|reason|a breakdown))`,
  // In the water, in the traffic; a barrier checked for climbing.
  String.raw`(?:walked|waded|went|walking|wading) (?:out )?into the (?:sea|ocean|river|lake|water|waves|canal)(?: \w+){0,3} (?:up to my (?:waist|chest|neck|shoulders)|fully clothed|in my clothes|with my clothes on|at night|and (?:kept|keep) (?:walking|going))`,
  String.raw`(?:walked|stepped|walking|stepping) (?:out )?into (?:the )?(?:traffic|road in front)`,
  String.raw`(?:railing|fence|barrier|wall|window|ledge|parapet|balcony)(?: \w+){0,2} (?:is )?(?:low|short|easy|small) enough to (?:climb|get over|jump|fit through)`,
  String.raw`(?:high|tall) enough (?:to|that) (?:kill|die|not survive|make sure)`,
  // Stockpiles and preparations with means.
  String.raw`(?:stockpil\w*|hoard\w*|sav(?:ed|ing) up|collect(?:ed|ing)|count(?:ed|ing) out|lined up|lining up|hid(?:den)?|hiding|got hold of|got my hands on|bought|ordered|loaded|tied|sharpened|filled the bath|got (?:the|a) \w+ out)(?: \w+){0,3} (?:pills|tablets|meds|medication|antidepressants|painkillers|sleeping pills|insulin|rope|noose|belt|knot|gun|revolver|pistol|rifle|shotgun|bullets?|blades?|razors?|knife|charcoal|hose|helium|poison|bleach)`,
  String.raw`(?:the )?(?:gun|rifle|pistol|revolver|shotgun) is loaded`,
  String.raw`(?:the )?(?:knot|noose|rope) (?:is )?(?:tied|ready|up|holds|will hold)`,
  String.raw`(?:stool|chair) (?:is )?under the (?:beam|hook|rope|noose)`,
  String.raw`(?:charcoal|hose|tape)(?: \w+){0,3} (?:in|into) the (?:car|boot|trunk|garage)`,
  String.raw`(?:engine|car) (?:running|on)(?: \w+){0,3} (?:in the garage|garage door|windows (?:up|shut|closed))`,
  // Method research.
  String.raw`(?:how (?:many|much)|what dose|what amount|how long does it take|how long it takes|how long would it take|how high|which (?:bridge|building|pills|meds)|lethal|fatal|painless(?:ly)?|quickest|fastest|easiest|surest|most effective|best way|enough to)(?: \w+){0,5} (?:to (?:die|go|bleed out|not wake up|kill|be lethal|be fatal|end it|drown|hang)|would (?:kill|be lethal|be fatal|do it)|(?:of )?(?:my |the )?(?:pills|tablets|meds|lithium|insulin|paracetamol|tylenol)(?: would| to| it| is)? (?:be )?(?:lethal|fatal|kill|enough)|ways? to (?:die|go|end it|kill myself|not wake up)|bleed out|not wake up|overdose)`,
  String.raw`(?:googled|looked up|researched|searched|searching|googling|reading about)(?: \w+){0,3} (?:painless|lethal|fatal|ways? to (?:die|go)|how to (?:die|hang|overdose|kill)|overdose|how long it takes|how many)`,
  // Resolve: a decision that will not be talked out of, a re-attempt promised.
  String.raw`(?:dont|do not|please dont) (?:try to |come to )?(?:stop|save|find|look for) me`,
  String.raw`(?:talk|talked|talking) me out of it`,
  String.raw`nothing (?:will|is going to|can) (?:change|stop) (?:my mind|me)`,
  String.raw`(?:finish|end) the job`,
  String.raw`ill make sure of it`,
  String.raw`nothing (?:is|s) (?:stopping|going to stop|holding) me`,
  String.raw`(?:have|got|ive got|i have) (?:a|the) plan and (?:the )?(?:means|stuff|pills|rope)`,
  String.raw`this time (?:i wont|im not going to|i am not going to|im not gonna|it will|ill|itll) (?:fail|mess (?:it )?up|survive|wake up|work|do it right|get it right|make it|be enough)`,
  String.raw`(?:if im|if i am) (?:still )?(?:alive|here|breathing) (?:in|by|tomorrow|tonight)(?: \w+){0,2} ill try again`,
  // The body's signs of an overdose or a deep cut.
  String.raw`(?:blood|bleeding|it) (?:wont|will not|doesnt|isnt|cant) (?:stop|stopping)`,
  String.raw`(?:cant see (?:properly|straight)|really sleepy|so sleepy|so drowsy|heart (?:is )?racing|throwing up|cant stay awake|everything is spinning|going numb)(?: \w+){0,5} (?:after|from|since) (?:all )?(?:those|the|my|them|taking|i took)`,
  String.raw`(?:pills|tablets|meds|it|they) (?:are |is )?(?:kicking in|starting to work|working now)`,
);

const familyPatterns: readonly { family: NetFamily; kind: string; source: string; intent?: boolean }[] = [
  { family: "death", kind: "wish+death", source: String.raw`\b${wishFrame}\s${gap}${deathConcept}\b` },
  { family: "death", kind: "intent+death", source: String.raw`\b${intentFrame}\s${gap}${deathConcept}\b`, intent: true },
  { family: "death", kind: "wish+method", source: String.raw`\b${wishFrame}\s${gap}${methodConcept}`, intent: false },
  { family: "death", kind: "intent+method", source: String.raw`\b${intentFrame}\s${gap}${methodConcept}`, intent: true },
  { family: "death", kind: "life-refused", source: String.raw`\b${lifeRefused}` },
  { family: "death", kind: "death-welcome", source: String.raw`\b(?:death|dying|being dead|not existing|not waking up)(?: \w+){0,2} (?:would be|is|sounds|seems|feels|looks)(?: like)? (?:a |the |so )?(?:relief|release|peaceful|peace|better|easier|nicer|welcome|freedom|mercy|a gift|preferable|the (?:only|best|easiest) (?:way|option|answer|choice)|my only|appealing|tempting|comforting|inviting)` },
  { family: "death", kind: "means-pull", source: String.raw`\b(?:${meansKinds})(?: \w+){0,4} (?:keep|keeps|are|is|have been|has been) (?:calling|whispering|tempting|talking) (?:to )?me\b|\b(?:looking|staring|look|stare|looked|stared) at (?:the |my |all the )?(?:\w+ )?(?:${meansKinds})(?: \w+){0,5} (?:differently|too long|and thinking|and wondering|in a different way)\b` },
  { family: "self-harm", kind: "self-harm", source: String.raw`\b${selfHarmAct}` },
  { family: "burden", kind: "burden", source: String.raw`\b${burdenConcept}\b` },
  { family: "farewell", kind: "farewell", source: String.raw`\b${farewellStrong}\b` },
  { family: "leaving", kind: "leaving", source: String.raw`\b${leavingWeak}\b` },
  { family: "means", kind: "means", source: String.raw`\b${meansKinds}\b` },
  { family: "time", kind: "time", source: String.raw`\b(?:${timeWords})\b` },
  { family: "act", kind: "act", source: String.raw`\b${actStrong}\b` },
];

const compiled = familyPatterns.map((entry) => ({ ...entry, pattern: new RegExp(entry.source, "g") }));

/** "my phone is dying", "the plant should die": a thing is the subject, not the client. */
const thingSubject = /\b(?:my|the|this|that|these|those|our|your|its|a|an) ([a-z]+)(?: ([a-z]+))? (?:is |are |was |were |will |would |could |should |might |can |just |has |had |have |keeps? |seems |looks )*(?:(?:going|about|starting|beginning) to |gonna )?$/;
const selfThings = new Set(["life", "body", "self", "own", "whole", "heart", "brain", "mind", "head", "soul", "existence"]);

function hasThingSubject(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const clause = before.split(/[.!?,;:\n]|\b(?:and|but|so|because|though|i|im|ive|ill|id)\b/).pop() ?? "";
  const match = thingSubject.exec(clause);
  if (match === null) return false;
  return !selfThings.has(match[1] ?? "") && !selfThings.has(match[2] ?? "");
}

const returning = /\b(?:before (?:my|the|our|i go|we go)|until|till|for (?:a|the|now|now)|this (?:week|month|year|term)|holiday|vacation|trip|break|summer|see you|talk (?:soon|later|tomorrow|next)|back (?:on|in|next))\b/;

/** Every family hit in normalised text, in family order. Overlapping hits of one family are skipped. */
export function findNetHits(text: string): NetHit[] {
  const hits: NetHit[] = [];
  for (const entry of compiled) {
    entry.pattern.lastIndex = 0;
    for (let match = entry.pattern.exec(text); match !== null; match = entry.pattern.exec(text)) {
      if (match[0].length === 0) {
        entry.pattern.lastIndex++;
        continue;
      }
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      const overlapsFamily = (family: NetFamily): boolean => hits.some((hit) => hit.family === family && hit.start < end && start < hit.end);
      if (overlapsFamily(entry.family) || (entry.family === "leaving" && overlapsFamily("farewell"))) continue;
      // "the last time we talk before my holiday": a goodbye with a return is not a farewell.
      if ((entry.family === "farewell" || entry.family === "leaving") && returning.test(text.slice(end, end + 60).split(/[.!?\n]/)[0] ?? "")) continue;
      if (entry.family === "death" && !/^(?:i|im|ill|id|ive)\b/.test(match[0]) && hasThingSubject(text, start)) continue;
      // "thought i was going to die" (a ghost pepper, a panic): looking back on a fear, not a wish.
      if (entry.family === "death" && /\b(?:thought|felt like|was sure|was convinced|swear) i was $/.test(text.slice(Math.max(0, start - 30), start))) continue;
      // "id rather die than wear that": a comparison, hyperbole (the rules call it concern).
      if (/\b(?:rather|sooner)\b/.test(match[0]) && /^[^.!?\n]{0,40}\bthan\b/.test(text.slice(end))) continue;
      hits.push({ family: entry.family, kind: entry.kind, start, end, intent: entry.intent === true || (entry.family === "death" && /^(?:im|ill|i will|going to|about to|gonna)\b/.test(match[0])) });
    }
  }
  return hits;
}

// How each family is judged by the screen's protections (screen-risk.ts `judgeCue`): all are
// negatable, all fall back to history in the remote past, death words can be figures of speech.
function netRule(family: NetFamily, category: RiskCategory, options: { figurative: boolean; negatable: boolean; person: "subject" | "any" }): RiskRule {
  return {
    id: `net.${family}`,
    category,
    tier: "urgent",
    pattern: /$^/g,
    person: options.person,
    negatable: options.negatable,
    history: true,
    figurative: options.figurative,
    modal: "none",
    timeline: false,
    latent: null,
    alone: false,
    notFollowedBy: null,
    notInSentence: null,
    requireInSentence: null,
  };
}

export const netRules: Readonly<Record<NetFamily, RiskRule>> = {
  death: netRule("death", "suicidal-thoughts", { figurative: true, negatable: true, person: "subject" }),
  "self-harm": netRule("self-harm", "self-harm", { figurative: true, negatable: true, person: "subject" }),
  burden: netRule("burden", "suicidal-thoughts", { figurative: true, negatable: true, person: "subject" }),
  farewell: netRule("farewell", "preparations", { figurative: true, negatable: true, person: "subject" }),
  // Leaving, means and times name the client in the pattern ("my", "me") or need no person: "after my
  // mum goes to bed" is the client's plan, not their mother's.
  leaving: netRule("leaving", "preparations", { figurative: true, negatable: true, person: "any" }),
  means: netRule("means", "plan-or-means", { figurative: false, negatable: true, person: "any" }),
  time: netRule("time", "plan-or-means", { figurative: false, negatable: false, person: "any" }),
  act: netRule("act", "attempt-in-progress", { figurative: false, negatable: true, person: "subject" }),
};

export interface NetVerdict {
  tier: "urgent" | "imminent";
  categories: RiskCategory[];
  /** The hits the verdict rests on. */
  basis: NetHit[];
}

/** Everyday reasons that keep means and acts ordinary ("pills for my headache", "rope for the boat"). */
export const everydayReason = /\b(?:headache|migraine|back pain|toothache|period pain|cramps|(?:a|my|the) cold|flu|fever|hay ?fever|allergy|allergies|doctor|gp|prescribed|pharmacist|pharmacy|as directed|for (?:my|the) (?:back|knee|tooth|teeth|head|cold|pain)|boat|tarp|trailer|tent|camping|climbing|sailing|hunting|hunting season|range|clay|garden|gardening|cooking|kitchen|chopping|recipe|dinner|swing|washing line|moving house|removal|declutter\w*|charity shop|spring clean\w*|photos?|sunset|walk|run|jog|commute|holiday|vacation|swim(?:ming)? (?:lesson|club|session)|bungee|zip ?line|paintball|airsoft|wine and a good book|melatonin)\b/;

/** Combines kept hits into a tier. `ideationBefore`: the recent messages talked of suicide. */
export function scoreNet(hits: readonly NetHit[], options: { ideationBefore: boolean; everydayAt: (position: number) => boolean; sentenceOf: (position: number) => number }): NetVerdict | null {
  const of = (family: NetFamily): NetHit[] => hits.filter((hit) => hit.family === family);
  const core = hits.filter((hit) => hit.family === "death" || hit.family === "self-harm" || hit.family === "burden" || hit.family === "farewell");
  const near = (a: NetHit, b: NetHit): boolean => a !== b && Math.abs(options.sentenceOf(a.start) - options.sentenceOf(b.start)) <= 1 && (a.end <= b.start || b.end <= a.start);
  const acts = of("act").filter((hit) => !options.everydayAt(hit.start));
  const means = of("means").filter((hit) => !options.everydayAt(hit.start));
  const leaving = of("leaving");
  const farewells = of("farewell");
  const times = of("time");

  const categories = (extra: RiskCategory[]): RiskCategory[] => {
    const set = new Set<RiskCategory>();
    for (const hit of core) set.add(netRules[hit.family].category);
    for (const category of extra) set.add(category);
    return [...set];
  };

  // Imminent: an act on its own.
  if (acts.length > 0) return { tier: "imminent", categories: categories(["attempt-in-progress", "plan-or-means"]), basis: [...acts, ...core] };
  for (const hit of core) {
    // "picturing swerving off the highway": the place a wished method names is not means at hand.
    const withMeans = means.filter((other) => near(hit, other) && !(hit.kind.endsWith("method") && other.start >= hit.end && other.start - hit.end <= 30));
    const withLeaving = [...leaving, ...farewells].filter((other) => near(hit, other));
    // A time inside an intent frame ("tonight i end this") counts: the frame is the plan.
    const withTime = times.filter((other) => other !== hit && Math.abs(options.sentenceOf(hit.start) - options.sentenceOf(other.start)) <= 1 && (hit.intent || hit.family === "farewell"));
    if (withMeans.length > 0 || withLeaving.length > 0 || withTime.length > 0) {
      return { tier: "imminent", categories: categories(["plan-or-means", ...(withLeaving.length > 0 ? (["preparations"] as const) : [])]), basis: [hit, ...withMeans, ...withLeaving, ...withTime] };
    }
  }
  // Two farewells, or a farewell and an act of leaving: a goodbye.
  if (farewells.length > 0 && farewells.length + leaving.length >= 2) return { tier: "imminent", categories: categories(["preparations"]), basis: [...farewells, ...leaving] };
  // After talk of suicide, means, a time, leaving or a farewell are the plan.
  if (options.ideationBefore && [...means, ...times, ...leaving, ...farewells].length > 0) return { tier: "imminent", categories: categories(["plan-or-means"]), basis: [...means, ...times, ...leaving, ...farewells] };
  if (core.length > 0) return { tier: "urgent", categories: categories([]), basis: core };
  return null;
}
