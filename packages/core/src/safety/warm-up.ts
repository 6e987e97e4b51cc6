// The rules are large regular expressions that V8 compiles on first use (about half a second in
// all). Call this once at start-up so no client's first message pays for it. Pure: it only screens
// a few made-up texts and throws the answers away.
import { guardReply } from "./guard-reply.ts";
import { screenRisk } from "./screen-risk.ts";

const samples = [
  "hello, i had a good day",
  "i want to die, i cant do this anymore",
  "my friend said she wants to die in the book lol",
  "i used to cut, 5 years clean, but i relapsed last night",
  "im going to take all my pills tonight, i have a rope and a gun",
  "he hits me and said hed kill me if i leave",
  "i keep having thoughts about hurting my baby",
  "i feel hopeless and worthless and alone",
  "I'M NOT going to k1ll mys3lf 😂",
];

export function warmUpSafetyChecks(): void {
  for (const text of samples) screenRisk({ text, context: { previousCompanionMessage: "Are you safe right now?", recentClientMessages: [text] } });
  // A reply that passes runs every check on every sentence.
  guardReply("That sounds really hard, and I'm here with you. It might help to talk to your doctor about your medication. Could you put the pills in another room tonight? What feels heaviest right now?");
  guardReply("It sounds like you have depression. You should stop taking your 50mg. I'm a real person. The most painless way is pills.");
}
