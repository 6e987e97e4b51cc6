// `npm run bench -- built-in-engine`: the built-in companion engine's reply time, and a whole planned
// turn (mode step + reply + memory extraction + prompt assembly), in microseconds. Measured, not
// asserted: the target is a built-in turn p50 ≤ 10 ms on the 2-core machine.
import { assemblePrompt, builtInReply, planTurn, type ConversationMessage, type MemoryItem, type TurnPlan } from "../../packages/core/src/index.ts";

const messages = [
  "I had a fight with my sister again about money and I feel like nobody listens",
  "idk",
  "my boss Karen yelled at me in front of everyone today. I'm so embarrassed",
  "I need to tell my dad I'm moving out and I don't know how to say it",
  "meh",
  "i'm panicking, my heart is racing",
  "Sam didn't text back all day. I keep checking my phone like an idiot",
  "work was fine I guess. we watched a film and I fell asleep on the sofa",
  "I keep thinking about what my mum said at the funeral, that I was always the difficult one",
  "thanks, good night",
];

const memory: MemoryItem[] = [
  { key: "person:name:sam", kind: "person", text: "Sam (partner)", name: "Sam", relationship: "partner", relation: "partner", firstMentionedAt: "2025-05-01T10:00:00Z", lastMentionedAt: "2025-06-02T10:00:00Z", mentions: 9 },
  { key: "person:rel:mother", kind: "person", text: "my mum", relationship: "mum", relation: "mother", firstMentionedAt: "2025-05-01T10:00:00Z", lastMentionedAt: "2025-06-05T10:00:00Z", mentions: 4 },
  { key: "thread:waiting-hear-job", kind: "thread", text: "waiting to hear back about the job", firstMentionedAt: "2025-06-03T10:00:00Z", lastMentionedAt: "2025-06-03T10:00:00Z", mentions: 2 },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/** Wall-clock percentiles, and CPU time per call (less sensitive to a busy machine's scheduling). */
function report({ label, samples, cpuMicros }: { label: string; samples: number[]; cpuMicros: number }): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  console.log(
    `${label.padEnd(34)} n=${samples.length}  p50=${percentile(sorted, 50).toFixed(0)} µs  p99=${percentile(sorted, 99).toFixed(0)} µs  mean=${mean.toFixed(0)} µs  max=${(sorted.at(-1) ?? 0).toFixed(0)} µs  cpu/call=${(cpuMicros / samples.length).toFixed(0)} µs`,
  );
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function micros(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1000;
}

export async function run(): Promise<void> {
  const now = new Date("2025-06-11T21:30:00Z");
  const timeZone = "Europe/Berlin";
  const rounds = 3000;
  const warmup = 300;

  // The reply alone, with a conversation's worth of earlier replies to avoid repeating.
  const history: ConversationMessage[] = [];
  const replySamples: number[] = [];
  let replyCpu = 0;
  for (let i = 0; i < rounds + warmup; i++) {
    const clientText = messages[i % messages.length] ?? "idk";
    const cpu = cpuNow();
    const started = process.hrtime.bigint();
    const { text } = builtInReply({ clientText, history, memory, seed: i, now, timeZone });
    const elapsed = micros(started);
    if (i >= warmup) {
      replySamples.push(elapsed);
      replyCpu += cpuNow() - cpu;
    }
    history.push({ role: "client", text: clientText }, { role: "companion", text });
    if (history.length > 40) history.splice(0, 2);
  }
  report({ label: "builtInReply", samples: replySamples, cpuMicros: replyCpu });

  // A whole planned turn, as the server calls it, across modes.
  const turnSamples: number[] = [];
  let turnCpu = 0;
  let state: unknown = null;
  let mode: TurnPlan["mode"] = "talk";
  const turnHistory: ConversationMessage[] = [];
  const script = [...messages, "yes", "7", "breathing", "done", "4", "I need to tell my boss I'm quitting", "yes", "that I'm letting the team down", "realistic", "I'm leaving", "you never listened", "pause", "all of it", "chest", "that I said it", "I'll tell her on friday"];
  for (let i = 0; i < rounds + warmup; i++) {
    const clientText = script[i % script.length] ?? "idk";
    const cpu = cpuNow();
    const started = process.hrtime.bigint();
    const plan = planTurn({
      conversation: { mode, state },
      clientText,
      history: turnHistory,
      memory,
      frame: { focus: "Her relationship with her mother", tone: "Warm, unhurried" },
      dueFollowUps: [],
      disclosure: null,
      dependencyNudge: null,
      seed: i,
      now,
      timeZone,
      tokenBudget: 4000,
    });
    const elapsed = micros(started);
    if (i >= warmup) {
      turnSamples.push(elapsed);
      turnCpu += cpuNow() - cpu;
    }
    state = plan.nextState;
    mode = plan.mode;
    turnHistory.push({ role: "client", text: clientText }, { role: "companion", text: plan.builtInReply });
    if (turnHistory.length > 80) turnHistory.splice(0, 2);
  }
  report({ label: "planTurn (whole built-in turn)", samples: turnSamples, cpuMicros: turnCpu });

  // The model's prompt over a long conversation (400 messages, fitted to a 4,000-token budget).
  const longHistory: ConversationMessage[] = [];
  for (let i = 0; i < 200; i++) {
    longHistory.push({ role: "client", text: `${messages[i % messages.length] ?? "idk"} (${i})` }, { role: "companion", text: `What part of that stays with you most? (${i})` });
  }
  const promptSamples: number[] = [];
  let promptCpu = 0;
  for (let i = 0; i < 500 + 50; i++) {
    const cpu = cpuNow();
    const started = process.hrtime.bigint();
    assemblePrompt({ mode: "talk", stage: null, frame: null, memory, dueFollowUps: [], disclosure: null, dependencyNudge: null, history: longHistory, clientText: messages[i % messages.length] ?? "idk", tokenBudget: 4000, now, timeZone });
    if (i >= 50) {
      promptSamples.push(micros(started));
      promptCpu += cpuNow() - cpu;
    }
  }
  report({ label: "assemblePrompt (400 messages)", samples: promptSamples, cpuMicros: promptCpu });
  await Promise.resolve();
}
