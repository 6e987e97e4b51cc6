// The anchor on the embedded database (PGlite in a data folder): the session brief for a client with
// a year of history (≥ 20,000 messages), cold (cache empty) and warm (p50); the incremental cost of
// analysing each new message (pure, and with its bucket's database round trip); and the caseload of
// 50 clients. Use cases are called in-process (what a request does after the session check).
// Targets (issue 5): brief ≤ 300 ms cold and ≤ 50 ms warm, ≤ 2 ms per message, caseload ≤ 300 ms.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  addToBucket,
  analyseMessage,
  bucketKey,
  emptyBucket,
  generateHistory,
  historyMessages,
  syntheticProfiles,
  type Actor,
  type Bucket,
  type ConsentLevel,
} from "../../packages/core/src/index.ts";
import { anchorCache, bucketCache } from "../../apps/server/src/anchor/view-cache.ts";
import { loadConfig } from "../../apps/server/src/config.ts";
import { careLink, user } from "../../apps/server/src/db/schema/index.ts";
import { sql } from "drizzle-orm";
import { addMessageToBucket } from "../../apps/server/src/repositories/analysis-buckets.ts";
import { createConversation } from "../../apps/server/src/repositories/conversations.ts";
import { createApp } from "../../apps/server/src/server.ts";
import { storeClientMessage } from "../../apps/server/src/turns/take-turn.ts";
import { buildClientBrief } from "../../apps/server/src/use-cases/build-session-brief.ts";
import { listCaseload } from "../../apps/server/src/use-cases/list-caseload.ts";
import { seedHistory } from "../../apps/server/src/demo/seed-history.ts";

const timeZone = "Europe/London";

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "between-bench-brief-"));
  let now = new Date("2025-01-01T09:00:00Z");
  const config = loadConfig({ NODE_ENV: "test", BETWEEN_DATA_DIR: dataDir, LOG_LEVEL: "silent", BETWEEN_RATE_LIMIT: "false" });
  const app = await createApp({ config, now: () => now });
  const { ctx } = app;
  const target = { ctx, setNow: (at: Date) => (now = at) };
  const rows: [string, string, string][] = [];
  const trips: number[] = [];
  try {
    for (let i = 0; i < 50; i++) trips.push((await timed(() => ctx.db.execute(sql`select 1`))).ms);
    const person = async (id: string, role: "client" | "therapist") => {
      await ctx.db.insert(user).values({ id, name: `${role} ${id}`, email: `${id}@bench.test`, role, timeZone });
    };
    const link = async (options: { therapistId: string; clientId: string; level: ConsentLevel }) => {
      await ctx.db.insert(careLink).values({ id: `link-${options.therapistId}-${options.clientId}`, clientId: options.clientId, therapistId: options.therapistId, status: "active", consentLevel: options.level, riskAlerts: true });
    };

    // ——— a year of one client's history ———
    await person("therapist-1", "therapist");
    await person("client-1", "client");
    await link({ therapistId: "therapist-1", clientId: "client-1", level: "transcripts" });
    const year = generateHistory({ profile: "loop", seed: 1, start: "2025-01-06", weeks: 52, timeZone, messagesPerWeek: 400 });
    const messages = historyMessages(year);
    const seeding = await timed(() =>
      seedHistory(target, { clientId: "client-1", history: year, therapistId: "therapist-1", bulk: true, sessions: (index) => index % 4 === 1 && index <= 49 }),
    );
    console.log(`seeded a year: ${messages.length} client messages (and as many replies) in ${year.conversations.length} conversations, in ${(seeding.ms / 1000).toFixed(1)} s`);
    now = new Date("2026-01-04T09:00:00Z");
    const therapist: Actor = { userId: "therapist-1", role: "therapist" };
    const brief = () => buildClientBrief(ctx, { actor: therapist, clientId: "client-1", format: "json" });
    const cache = anchorCache(ctx);
    const emptyCaches = () => {
      cache.clear();
      bucketCache(ctx).clear();
    };

    const first = await timed(brief);
    const cold: number[] = [];
    for (let i = 0; i < 7; i++) {
      emptyCaches();
      cold.push((await timed(brief)).ms);
    }
    const viewOnly: number[] = [];
    for (let i = 0; i < 7; i++) {
      cache.clear();
      viewOnly.push((await timed(brief)).ms);
    }
    const warm: number[] = [];
    for (let i = 0; i < 40; i++) warm.push((await timed(brief)).ms);
    const window = first.value.window;
    rows.push([`brief, year of history (${messages.length} messages), window ${window.fromDate}…${window.toDate}: first call`, `${fmt(first.ms)} ms`, "≤ 300 ms"]);
    rows.push(["brief, cold (view and bucket caches emptied), p50 of 7", `${fmt(percentile(cold, 0.5))} ms`, "≤ 300 ms"]);
    rows.push(["brief, view cache emptied (decrypted buckets kept), p50 of 7", `${fmt(percentile(viewOnly, 0.5))} ms`, ""]);
    rows.push(["brief, warm, p50 of 40 (p99)", `${fmt(percentile(warm, 0.5))} ms (${fmt(percentile(warm, 0.99))})`, "≤ 50 ms"]);

    // ——— the incremental cost of one new message ———
    const sample = messages.slice(-2000);
    for (const message of sample.slice(0, 300)) analyseMessage({ text: message.text, at: message.at, timeZone, mode: message.mode });
    const pure: number[] = [];
    const buckets = new Map<string, Bucket>();
    for (const message of sample) {
      const started = performance.now();
      const features = analyseMessage({ text: message.text, at: message.at, timeZone, mode: message.mode });
      const key = bucketKey({ conversationId: message.conversationId, at: message.at, timeZone });
      const slot = `${key.conversationId}|${key.week}`;
      buckets.set(slot, addToBucket(buckets.get(slot) ?? emptyBucket(), { messageId: message.id, conversationId: message.conversationId, at: message.at, features }));
      pure.push(performance.now() - started);
    }
    const client: Actor = { userId: "client-1", role: "client" };
    now = new Date("2026-01-04T20:00:00Z");
    const conversation = await createConversation(ctx, client, { mode: "talk" });
    const withBucket: number[] = [];
    const stored: number[] = [];
    const texts = sample.slice(0, 200).map((message) => message.text);
    for (const [i, text] of texts.entries()) {
      now = new Date(now.getTime() + 60_000);
      const at = now;
      const features = analyseMessage({ text, at, timeZone, mode: "talk" });
      const started = performance.now();
      await ctx.db.transaction((tx) => addMessageToBucket(ctx, tx, { clientId: "client-1", conversationId: conversation.id, messageId: `bench-${String(i)}`, at, timeZone, features }));
      withBucket.push(performance.now() - started);
    }
    for (const text of texts) {
      now = new Date(now.getTime() + 60_000);
      stored.push((await timed(() => storeClientMessage(ctx, { clientId: "client-1", conversationId: conversation.id, text, now }))).ms);
    }
    rows.push(["analysis per message: analyseMessage + addToBucket, p50 (p99)", `${fmt(percentile(pure, 0.5))} ms (${fmt(percentile(pure, 0.99))})`, "≤ 2 ms"]);
    rows.push(["… plus its bucket's round trip (read, decrypt, merge, encrypt, upsert), p50", `${fmt(percentile(withBucket, 0.5))} ms`, ""]);
    rows.push(["… the whole stored client message (turn storage, one transaction), p50", `${fmt(percentile(stored, 0.5))} ms`, ""]);
    now = new Date("2026-01-04T23:30:00Z");
    const afterMessages = await timed(brief);
    rows.push(["brief after 400 new messages (view recomputed, one bucket re-read)", `${fmt(afterMessages.ms)} ms`, "≤ 300 ms"]);

    // ——— a caseload of 50 clients, twelve weeks each ———
    await person("therapist-2", "therapist");
    const seedStarted = performance.now();
    let caseloadMessages = 0;
    for (let i = 0; i < 50; i++) {
      const id = `case-${String(i)}`;
      await person(id, "client");
      await link({ therapistId: "therapist-2", clientId: id, level: (["signals", "moments", "summaries", "transcripts"] as const)[i % 4] ?? "signals" });
      const history = generateHistory({ profile: syntheticProfiles[i % syntheticProfiles.length] ?? "steady", seed: i + 1, start: "2025-10-06", weeks: 12, timeZone });
      caseloadMessages += historyMessages(history).length;
      await seedHistory(target, { clientId: id, history, therapistId: "therapist-2", bulk: true, replies: false, sessions: (index) => index === 4 || index === 8 });
    }
    console.log(`seeded 50 clients (${caseloadMessages} messages) in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    now = new Date("2025-12-29T09:00:00Z");
    const caseload = () => listCaseload(ctx, { userId: "therapist-2", role: "therapist" });
    const firstCaseload = await timed(caseload);
    const coldCaseload: number[] = [];
    for (let i = 0; i < 5; i++) {
      emptyCaches();
      coldCaseload.push((await timed(caseload)).ms);
    }
    const viewOnlyCaseload: number[] = [];
    for (let i = 0; i < 5; i++) {
      cache.clear();
      viewOnlyCaseload.push((await timed(caseload)).ms);
    }
    const warmCaseload: number[] = [];
    for (let i = 0; i < 20; i++) warmCaseload.push((await timed(caseload)).ms);
    rows.push([`caseload of ${String(firstCaseload.value.clients.length)} clients: first call (writes the day's access events)`, `${fmt(firstCaseload.ms)} ms`, "≤ 300 ms"]);
    rows.push(["caseload, cold (view and bucket caches emptied), p50 of 5", `${fmt(percentile(coldCaseload, 0.5))} ms`, "≤ 300 ms"]);
    rows.push(["caseload, view cache emptied (decrypted buckets kept), p50 of 5", `${fmt(percentile(viewOnlyCaseload, 0.5))} ms`, ""]);
    rows.push(["caseload, warm, p50 of 20", `${fmt(percentile(warmCaseload, 0.5))} ms`, "≤ 300 ms"]);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\nmachine: ${String(cpus().length)} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(" ")}; PGlite round trip (select 1) p50 ${fmt(percentile(trips, 0.5))} ms`);
  console.log(`\n${"measure".padEnd(width)}  ${"result".padEnd(16)}  target`);
  for (const [label, value, goal] of rows) console.log(`${label.padEnd(width)}  ${value.padEnd(16)}  ${goal}`);
}
