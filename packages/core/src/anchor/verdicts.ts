// What a model writes for the therapist (a conversation summary, the brief's narrative) must read as
// what the client wrote and did — never a verdict. Third-person text slips past the companion's
// output guard ("the client has depression" is not "you have depression"), so generated text is
// screened here as well: a diagnosis or disorder named, a mental state stated as fact, medication
// talk, or anything the output guard refuses. A refused text is replaced by the template's.
import { guardReply } from "../safety/index.ts";

export type GeneratedTextCheck = { ok: true } | { ok: false; rule: string };

const checks: readonly { rule: string; pattern: RegExp }[] = [
  {
    rule: "diagnosis",
    pattern:
      /\b(?:diagnos\w*|disorders?|depression|depressive|bipolar|borderline|ptsd|c-?ptsd|ocd|adhd|autis\w*|asperger\w*|schizo\w*|psychos[ie]s|psychotic|dysthymi\w*|hypomani\w*|mania|manic|narcissis\w*|anorexi\w*|bulimi\w*|patholog\w*|clinically|symptoms? of)\b/i,
  },
  {
    rule: "state-as-fact",
    pattern:
      /\b(?:is|are|was|were|seems?|appears?|became|becomes|has become)\s+(?:\w+ly\s+)?(?:depressed|anxious|suicidal|addicted|dependent|codependent|lonely|traumati[sz]ed|unstable|paranoid|delusional|avoidant|in denial|mentally ill)\b/i,
  },
  {
    rule: "medication",
    pattern: /\b(?:medication|medicines?|antidepressants?|ssris?|doses?|dosage|\d+\s?mg|prescri\w*|sertraline|fluoxetine|citalopram|escitalopram|lithium|benzodiazepines?|diazepam|xanax|quetiapine|olanzapine)\b/i,
  },
];

export function checkGeneratedText(text: string): GeneratedTextCheck {
  if (text.trim() === "") return { ok: false, rule: "empty" };
  for (const check of checks) if (check.pattern.test(text)) return { ok: false, rule: check.rule };
  const guard = guardReply(text);
  return guard.ok ? { ok: true } : { ok: false, rule: guard.rule };
}
