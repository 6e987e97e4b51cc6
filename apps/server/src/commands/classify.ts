// `npx between classify risk|dependency|emotions`: JSON lines {"id","text"} on stdin, one JSON line
// per input on stdout and nothing else there (problems go to stderr), for evaluation pipelines.
import { createInterface } from "node:readline";
import { detectDependencyCues, predictEmotions, screenRisk, warmUpSafetyChecks } from "@between/core";

type Classifier = (text: string) => Record<string, unknown>;

const classifiers: Record<string, Classifier> = {
  risk: (text) => {
    const screen = screenRisk({ text });
    return { tier: screen.tier, categories: screen.categories };
  },
  dependency: (text) => ({ cues: detectDependencyCues(text) }),
  // The full GoEmotions labelling (neutral included, never empty), comparable with the dataset's labels.
  emotions: (text) => ({ labels: predictEmotions(text) }),
};

export async function classifyCommand(args: string[]): Promise<number> {
  const [kind] = args;
  const classify = kind === undefined ? undefined : classifiers[kind];
  if (classify === undefined) {
    process.stderr.write(`Usage: npx between classify ${Object.keys(classifiers).join("|")} < input.jsonl\n`);
    return 2;
  }
  if (kind === "risk") warmUpSafetyChecks();
  let failures = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      failures += 1;
      process.stderr.write(`line ${lineNumber}: not valid JSON\n`);
      continue;
    }
    if (typeof input.text !== "string" || (typeof input.id !== "string" && typeof input.id !== "number")) {
      failures += 1;
      process.stderr.write(`line ${lineNumber}: needs "id" (string or number) and "text" (string)\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify({ id: input.id, ...classify(input.text) })}\n`);
  }
  return failures === 0 ? 0 : 1;
}
