// Turn benchmarks (issue 3), on the embedded database with the server in its own process:
// time the server adds to the model's first token, a whole built-in turn, sustained turns per second,
// concurrent open reply streams, and the server's memory at rest and under load.
import { signUp, type SignedIn } from "../../apps/server/test/support/api-client.ts";
import { startFakeModelServer } from "../../apps/server/test/support/fake-model-server.ts";
import { readSse } from "../../apps/server/test/support/sse.ts";
import { percentile, startServerProcess, table } from "./lib/server-process.ts";

async function conversation(client: SignedIn): Promise<string> {
  return (await client.api.post<{ id: string }>("/api/conversations", { mode: "talk" })).body.id;
}

function send(client: SignedIn, url: string, conversationId: string, text: string) {
  return fetch(`${url}/api/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: client.api.cookieHeader(), origin: url },
    body: JSON.stringify({ text }),
  });
}

/** Sends one message and times the first text and the end of the reply (ms from sending). */
async function timedTurn(client: SignedIn, url: string, conversationId: string, text: string) {
  const started = performance.now();
  const response = await send(client, url, conversationId, text);
  let firstText = Number.NaN;
  let ok = response.status === 200;
  for await (const chunk of readSse(response)) {
    if (chunk.type === "text-delta" && Number.isNaN(firstText)) firstText = performance.now() - started;
    if (chunk.type === "error") ok = false;
  }
  return { firstText, total: performance.now() - started, ok };
}

const messages = [
  "work was a lot today and I couldn't switch off",
  "my sister called again and I didn't pick up",
  "I keep thinking about what my manager said",
  "I slept badly, woke at 3 and couldn't get back",
  "I managed to go for a walk, which helped a bit",
];

async function modelFirstToken(): Promise<[string, string][]> {
  const fake = await startFakeModelServer();
  // The first chunk is a whole sentence: the output guard releases text a sentence at a time, so
  // this measures the server's own overhead rather than the model's sentence length.
  fake.behave({ kind: "reply", chunks: ["That sounds hard. ", "What happened next?"], firstTokenDelayMs: 40 });
  const server = await startServerProcess({
    BETWEEN_MODEL_PROVIDER: "openai-compatible",
    BETWEEN_MODEL_BASE_URL: fake.baseUrl,
    BETWEEN_MODEL: "fake-model",
  });
  try {
    const client = await signUp(server.url, "client");
    const added: number[] = [];
    for (let i = 0; i < 220; i++) {
      const id = await conversation(client);
      const before = fake.requests.length;
      const turn = await timedTurn(client, server.url, id, messages[i % messages.length] ?? "hello");
      const request = fake.requests[before];
      if (i < 20 || request?.firstChunkAt === undefined || !turn.ok) continue; // warm-up
      added.push(turn.firstText - (request.firstChunkAt - request.receivedAt));
    }
    return [
      ["added to the model's first token, p50", `${percentile(added, 50).toFixed(1)} ms`],
      ["added to the model's first token, p99", `${percentile(added, 99).toFixed(1)} ms`],
    ];
  } finally {
    await server.stop();
    await fake.close();
  }
}

async function builtIn(): Promise<[string, string][]> {
  const server = await startServerProcess();
  try {
    const atRest = server.rssMb();
    const clients = await Promise.all(Array.from({ length: 8 }, () => signUp(server.url, "client")));
    const totals: number[] = [];
    const first = clients[0];
    if (first === undefined) throw new Error("no client");
    const id = await conversation(first);
    for (let i = 0; i < 320; i++) {
      const turn = await timedTurn(first, server.url, id, messages[i % messages.length] ?? "hello");
      if (i >= 20 && turn.ok) totals.push(turn.total);
    }
    // Sustained: every client talks in its own conversation as fast as replies come, for 15 s.
    const ids = await Promise.all(clients.map(conversation));
    const until = performance.now() + 15_000;
    let turns = 0;
    let failed = 0;
    await Promise.all(
      clients.map(async (client, index) => {
        let n = 0;
        while (performance.now() < until) {
          const turn = await timedTurn(client, server.url, ids[index] ?? "", messages[n++ % messages.length] ?? "hello");
          if (turn.ok) turns += 1;
          else failed += 1;
        }
      }),
    );
    return [
      ["whole built-in turn, p50", `${percentile(totals, 50).toFixed(1)} ms`],
      ["whole built-in turn, p99", `${percentile(totals, 99).toFixed(1)} ms`],
      ["sustained built-in turns per second (8 clients)", `${(turns / 15).toFixed(1)}/s (${failed} failed)`],
      ["server memory at rest", `${atRest} MB`],
      ["server memory after sustained load", `${server.rssMb()} MB`],
    ];
  } finally {
    await server.stop();
  }
}

async function concurrentStreams(target: number): Promise<[string, string][]> {
  const fake = await startFakeModelServer();
  // Each reply takes ~20 s to stream, so every stream is open at once.
  fake.behave({ kind: "reply", chunks: Array.from({ length: 20 }, (_, i) => `Sentence ${i + 1}. `), chunkDelayMs: 1_000 });
  const server = await startServerProcess({
    BETWEEN_MODEL_PROVIDER: "openai-compatible",
    BETWEEN_MODEL_BASE_URL: fake.baseUrl,
    BETWEEN_MODEL: "fake-model",
    BETWEEN_MODEL_IDLE_TIMEOUT_MS: "60000",
    BETWEEN_MODEL_FIRST_TOKEN_TIMEOUT_MS: "120000",
  });
  try {
    const clients = await Promise.all(Array.from({ length: 10 }, () => signUp(server.url, "client")));
    const conversations: { client: SignedIn; id: string }[] = [];
    for (const client of clients) for (let i = 0; i < target / clients.length; i++) conversations.push({ client, id: await conversation(client) });
    const atRest = server.rssMb();
    let open = 0;
    let peakOpen = 0;
    let peakRss = atRest;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, server.rssMb());
    }, 500);
    const results = await Promise.all(
      conversations.map(async ({ client, id }) => {
        try {
          const response = await send(client, server.url, id, "I can't sleep and my head won't stop");
          if (response.status !== 200) return false;
          let counted = false;
          let ok = true;
          for await (const chunk of readSse(response)) {
            if (chunk.type === "text-delta" && !counted) {
              counted = true;
              open += 1;
              peakOpen = Math.max(peakOpen, open);
            }
            if (chunk.type === "error") ok = false;
          }
          if (counted) open -= 1;
          return ok;
        } catch {
          return false;
        }
      }),
    );
    clearInterval(sampler);
    const failures = results.filter((ok) => !ok).length;
    return [
      [`concurrent reply streams (${target} started)`, `${peakOpen} open at once, ${failures} errors`],
      ["server memory before the streams", `${atRest} MB`],
      ["server memory with the streams open (peak)", `${peakRss} MB`],
    ];
  } finally {
    await server.stop();
    await fake.close();
  }
}

export async function run(): Promise<void> {
  console.log("Turns (embedded database, server in its own process, fake model on loopback)");
  table(await modelFirstToken());
  table(await builtIn());
  table(await concurrentStreams(1_000));
}
