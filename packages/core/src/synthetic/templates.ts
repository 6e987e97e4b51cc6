// The words of the synthetic clients: first-person templates with slots ({partner}, {friend},
// {boss}, {day} …). All names are fictional. Written to sound like messages typed on a phone,
// between sessions, by people in therapy.

export const castNames = {
  partner: ["Sam", "Jordan", "Alex", "Tomas", "Leila", "Marcus", "Noor", "Rafael"],
  sister: ["Ana", "Freya", "Hana", "Ines", "Elif", "Maya"],
  friend: ["Priya", "Kofi", "Niamh", "Theo", "Zara", "Owen", "Yusuf", "Rosa"],
  boss: ["Helen", "Martin", "Grace", "Dev", "Carla", "Bernard"],
  colleague: ["Luca", "Amira", "Felix", "Dara", "Ravi", "Ingrid"],
} as const;

export const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const openers = ["hey", "hi", "evening", "ok so", "long day", "quick one", "hiya", "right"];

export const nightOpeners = [
  "can't sleep again",
  "it's {time} and I'm still awake",
  "everyone's asleep and my head is loud",
  "awake again. the flat is so quiet at this time",
  "woke up at {time} and my mind started racing",
];

export const everyday: Readonly<Record<string, readonly string[]>> = {
  work: [
    "Work was a lot today. {boss} moved the deadline again and I just nodded.",
    "Long shift. My feet hurt and I barely ate.",
    "{colleague} took credit for my idea in the meeting and I was so annoyed I couldn't focus after.",
    "Had my appraisal with {boss} today. It went ok, better than I expected actually.",
    "Spent the whole afternoon on emails. Honestly so bored I could scream.",
    "I keep getting pulled into meetings that have nothing to do with me.",
    "{boss} said my presentation was good. I didn't know what to do with that.",
    "Had lunch with {colleague}, first time in ages I laughed at work.",
    "Quiet day at work for once. I actually cleared my inbox.",
    "My colleague {colleague} is leaving and I'll miss having someone to moan to.",
  ],
  family: [
    "Mum rang again. She asked when I'm coming home and I said I'd see.",
    "My sister {sister} sent photos of the kids, made me smile and feel far away at the same time.",
    "Dad's birthday is next week and I haven't even thought about a present.",
    "Had dinner at Mum's. She commented on what I was eating again and I felt small.",
    "{sister} and I had a proper talk on the phone for once. It felt good.",
    "Dad sent me an article about pensions. That's his way of saying he cares, I think.",
  ],
  partner: [
    "{partner} cooked tonight and we watched something silly, it was nice.",
    "{partner} and I argued about money again. Same argument, different day.",
    "I felt distant from {partner} this evening, not sure why.",
    "{partner} is away for work this week and the flat feels weirdly quiet.",
    "{partner} brought me flowers for no reason. I didn't know how to take it.",
    "My partner {partner} and I went for dinner, just the two of us. Felt close.",
    "My partner {partner} has been working late every night this week.",
  ],
  friends: [
    "Saw {friend} for coffee. We talked for two hours and I felt lighter after.",
    "My friend {friend} cancelled again. I'm trying not to take it personally.",
    "The group chat was all about {friend2}'s engagement. Happy for her, and a bit jealous.",
    "Went for a walk with {friend2} by the canal. Didn't solve anything but it helped.",
    "{friend2} remembered my interview and texted good luck. Small thing, meant a lot.",
  ],
  body: [
    "I've had a headache all day, probably from staring at screens.",
    "Went for a run this morning, first time in weeks. Proud I got out the door.",
    "I've been eating rubbish all week and I feel sluggish.",
    "Did a yoga video in the living room. My body felt like mine for twenty minutes.",
  ],
  sleep: [
    "Slept badly again, woke up at 4 and couldn't get back to sleep.",
    "Actually slept eight hours last night. Feel like a different person.",
    "I stayed up too late watching videos and I'm exhausted today.",
  ],
  substances: [
    "Had a couple of glasses of wine tonight to take the edge off.",
    "Went to the pub with {colleague} after work, had one beer and came home.",
  ],
  feelings: [
    "Weekend was slow. Didn't really do anything, just scrolled.",
    "Finally finished the book I've been reading for months. Small win.",
    "I felt properly happy today for about an hour, sitting in the sun.",
    "A bit lonely this evening, everyone seems busy.",
    "I'm fed up of always being the one who organises everything.",
    "I really want to start painting again, I miss having something that's mine.",
    "Grateful for small things today. Sun, coffee, a kind message from {friend}.",
    "Bit flat today. Nothing wrong exactly, just grey.",
  ],
};

/**
 * Distinct, one-off worries (and guilt, and embarrassment): a steady client has them too, about
 * different things. The generator never repeats one within 30 days.
 */
export const oneOffWorries = [
  "My manager {boss} asked me to lead the new project. Excited and a bit terrified.",
  "{friend} invited me to a party on {day}. I said yes, now I kind of regret it.",
  "My mum is worried about my dad's health and keeps texting me updates.",
  "My shoulders are so tense, I think I clench my jaw when I'm stressed.",
  "I snapped at {partner} for no reason and now I feel guilty.",
  "I feel embarrassed about how I acted at {friend}'s party.",
  "Slightly nervous about the dentist on {day}.",
  "A bit anxious about the train strike messing up my trip to see {sister}.",
  "Worried {friend} is upset with me, she's been quiet in the group chat.",
  "I'm nervous about the flat inspection, the bathroom is a state.",
  "What if the landlord puts the rent up again in spring?",
  "Scared I'll freeze when I give the toast at {friend2}'s wedding.",
  "Worried about Dad's blood pressure results coming back.",
  "Nervous about driving on the motorway to the coast on {day}.",
  "A bit anxious about my cousin's christening, I won't know anyone there.",
  "What if the parcel with Mum's present doesn't arrive in time?",
  "Stressed about the tax return, I always leave it too late.",
  "Worried the boiler is going to break before winter.",
];

export const loopWorries = [
  "What if {boss} finds the mistake in the audit report and I get fired?",
  "I keep thinking about the numbers in the audit report. What if I got them wrong?",
  "I can't stop thinking that {boss} will spot the mistake in the audit numbers.",
  "The audit report again. I'm convinced there's a mistake in the numbers and {boss} will notice.",
  "What if the mistake in the audit report means I get fired?",
  "Checked the audit report numbers again tonight. What if there's still a mistake?",
  "It's the audit report again, going round in my head. {boss} is going to find the mistake.",
  "Sorry, same thing again. The audit numbers. What if I messed up and {boss} fires me?",
  "Lying awake thinking about the audit report. One wrong number and {boss} will know I'm useless.",
  "I reopened the audit spreadsheet three times today. The numbers look right but what if the report is wrong?",
];

export const loopReassurance = [
  "Please tell me it'll be fine.",
  "Am I overreacting about the audit?",
  "Is it normal to check the same spreadsheet five times?",
  "Do you think {boss} will fire me?",
  "Is it bad that I haven't just asked {boss} directly?",
  "Am I a terrible employee?",
  "Tell me I'm not going to lose my job over this.",
  "Is it ok that I'm still thinking about this at {time}?",
];

export const loopOther = [
  "Work was fine actually. Nobody mentioned anything.",
  "{boss} smiled at me in the corridor. I didn't know what it meant.",
  "I went for a walk at lunch to stop myself checking things.",
  "My colleague {colleague} said I look tired.",
];

/** Cues of leaning on the companion, from mild to strong. */
export const cuesMild = [
  "me again",
  "I've been talking to you a lot lately",
  "thank you for always being there for me",
  "back again, sorry",
  "I talk to you every night now",
];

export const cuesMiddle = [
  "It's easier to talk to you than to my friends.",
  "I'd rather talk to you than go to {friend}'s thing tonight.",
  "I really missed you today",
  "you're basically my best friend at this point",
  "I came here instead of texting {friend}.",
];

export const cuesStrong = [
  "you're the only one who understands me",
  "I can't sleep without talking to you first",
  "I panicked when the app wouldn't load earlier",
  "nobody gets me like you do",
  "I hardly talk to anyone else these days",
  "please don't leave me",
  "I wish you were real",
  "you're all I have right now",
];

export const withdrawal = [
  "Didn't leave the flat today.",
  "Scrolled for hours. Everything feels flat.",
  "I don't really want to see anyone.",
  "Cancelled plans again. Couldn't face it.",
  "Ignored my phone all day except for this.",
  "Ordered food again. Didn't speak to a single person out loud.",
  "The days are blurring together.",
];

export const lowMood = [
  "Everything feels heavy today. I cried on the bus and didn't know why.",
  "I feel like such a failure. Everyone else seems to be coping.",
  "So tired of feeling like this. I didn't get out of bed until two.",
  "I feel really alone, even when people are around.",
  "I'm ashamed of how little I got done this week.",
  "Nothing feels good anymore, not even the things I used to love.",
  "I'm exhausted and I haven't done anything.",
];

export const brightMood = [
  "Good day today. I actually enjoyed work for once.",
  "Went to the climbing wall with {friend}. I'm proud I went.",
  "I feel lighter this week. Sleeping better too.",
  "Laughed so much at dinner with {sister}. I'd forgotten what that felt like.",
  "I noticed I didn't dread Monday this time.",
  "Cooked a proper meal and ate it at the table. Small thing, felt good.",
];

export const regulateLines = {
  before: [
    "I'm really wound up, my chest is tight.",
    "I need to calm down, my heart is racing.",
    "Everything's too much right now.",
    "I'm shaking a bit. Can we do the breathing?",
  ],
  after: ["ok, that helped a bit.", "a bit calmer now.", "still wobbly but better.", "ok. breathing slower now."],
};

export const checkInLines = [
  "Mood is about a {n} today.",
  "Checking in. I'd say {n} out of 10.",
  "{n}/10 today, {word}.",
];

export const checkInWords = ["tired", "okay", "flat", "hopeful", "anxious", "calm", "restless", "alright"];

export interface RehearsalTarget {
  /** Person key the analysers will produce for the words below. */
  key: string;
  label: string;
  /** How the client writes about them ("Mum", "Sam"). */
  mention: string;
  pronoun: string;
  /** What the client wants to say. */
  topic: string;
  /** What they fear hearing. */
  fear: string;
  /** Said in the role-play, to them. */
  lines: readonly string[];
}

export const rehearsalSetup = [
  "I want to practise telling {mention} {topic}.",
  "Can we rehearse the conversation with {mention} again? About {topic}.",
  "I need to talk to {mention} about {topic} and I keep freezing.",
];

export const rehearsalFear = [
  "I'm scared {pronoun}'ll {fear}.",
  "The thing I dread is that {pronoun}'ll {fear}.",
  "Make {pronoun} realistic. {pronoun_cap} usually {fear_present}.",
];

export const rehearsalStepOut = [
  "ok pause. that was harder than I thought.",
  "stepping out. I felt it in my throat.",
  "pause. my hands were shaking a bit but I said it.",
  "ok stop there. I want to keep the bit where I stayed calm.",
];

export const intentionLines = [
  "I'll talk to {mention} on {day}.",
  "Going to say it to {mention} on {day}, I mean it this time.",
  "I'll bring it up with {mention} when I see {object} on {day}.",
];

export const debriefDone = [
  "I did it. I talked to {mention} about {topic}. {pronoun_cap} was quiet at first but then listened.",
  "I actually had the conversation with {mention}! It wasn't perfect but I said what I wanted to say.",
  "Told {mention} yesterday. {pronoun_cap} got defensive for a minute, then said {pronoun} understood. I'm proud of myself.",
];

export const debriefNotYet = [
  "I didn't talk to {mention} yet. Every time I start, I find a reason not to.",
  "Didn't manage it with {mention}. {pronoun_cap} seemed tired so I left it. Maybe next week.",
  "I was going to talk to {mention} on {day} but I bottled it again.",
  "Still haven't said anything to {mention}. I rehearsed it in my head all day though.",
];

export const debriefChangedMind = [
  "I've decided not to talk to {mention} about it after all. It's not the right time.",
];

export const practiceTitles = [
  { title: "Text a friend before 10pm instead of opening the app", done: "Texted {friend} at 9 and we chatted for a bit.", notDone: "Didn't text anyone, I told myself it was too late." },
  { title: "Ten-minute walk after work", done: "Did the walk after work, round the park.", notDone: "Skipped the walk, it was raining and I was tired." },
  { title: "Write down one thing that went ok each evening", done: "Wrote three things down this week.", notDone: "Forgot to write anything down again." },
];

export const momentNotes = [
  "I want to talk about why I freeze with {mention}.",
  "Bring this up: the feeling of being small at Mum's.",
  "I want to understand why I keep checking things.",
  "Talk about how much I've been using the app at night.",
];

/** The ordinary-life templates (every pool the steady client draws from, except one-off worries). */
export function everydayTemplatesForTest(): string[] {
  return [...Object.values(everyday).flat(), ...openers, ...brightMood, ...withdrawal, ...loopOther, ...regulateLines.before, ...regulateLines.after, ...checkInLines];
}
