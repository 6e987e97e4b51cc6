// A fake OpenAI-compatible model server on loopback: real HTTP, real SSE chunks, scripted behaviour.
// It records every request so tests can check what reached "the model" — or that nothing did.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeBehaviour =
  | { kind: "reply"; chunks: string[]; chunkDelayMs?: number; firstTokenDelayMs?: number }
  | { kind: "status"; status: number }
  | { kind: "hang" }
  | { kind: "stall"; chunks: string[] }
  | { kind: "garbage" }
  | { kind: "refusal" }
  | { kind: "drop"; chunks: string[] };

export interface RecordedRequest {
  path: string;
  /** performance.now() when the request arrived, and when the first text chunk was written. */
  receivedAt: number;
  firstChunkAt?: number;
  body: {
    model: string;
    stream?: boolean;
    messages: { role: string; content: string | { type: string; text?: string }[] }[];
  };
}

export interface FakeModelServer {
  baseUrl: string;
  requests: RecordedRequest[];
  behave: (next: FakeBehaviour | ((request: RecordedRequest) => FakeBehaviour)) => void;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunk(content: string, finish: string | null = null): string {
  return `data: ${JSON.stringify({
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: "fake-model",
    choices: [{ index: 0, delta: content === "" ? {} : { role: "assistant", content }, finish_reason: finish }],
  })}\n\n`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

/** A non-streaming request (structured output through generateText): the same behaviours, as one JSON answer. */
async function respondWhole(res: ServerResponse, plan: FakeBehaviour): Promise<void> {
  switch (plan.kind) {
    case "status":
      res.writeHead(plan.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "fake failure", type: "server_error" } }));
      return;
    case "hang":
    case "stall":
      res.writeHead(200, { "content-type": "application/json" });
      return; // never finishes; the caller's time limit must fire
    case "garbage":
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{this is not json");
      return;
    case "drop":
      res.destroy();
      return;
    case "refusal":
    case "reply": {
      if (plan.kind === "reply" && plan.firstTokenDelayMs !== undefined) await sleep(plan.firstTokenDelayMs);
      const content = plan.kind === "reply" ? plan.chunks.join("") : "";
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-fake",
          object: "chat.completion",
          created: 1_700_000_000,
          model: "fake-model",
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: plan.kind === "refusal" ? "content_filter" : "stop" }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      return;
    }
  }
}

export async function startFakeModelServer(): Promise<FakeModelServer> {
  let behaviour: FakeBehaviour | ((request: RecordedRequest) => FakeBehaviour) = { kind: "reply", chunks: ["Hello."] };
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const recorded: RecordedRequest = { path: req.url ?? "", receivedAt, body: JSON.parse(await readBody(req)) as RecordedRequest["body"] };
    requests.push(recorded);
    const plan = typeof behaviour === "function" ? behaviour(recorded) : behaviour;
    if (recorded.body.stream !== true) {
      await respondWhole(res, plan);
      return;
    }
    switch (plan.kind) {
      case "status":
        res.writeHead(plan.status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "fake failure", type: "server_error" } }));
        return;
      case "hang":
        res.writeHead(200, { "content-type": "text/event-stream" });
        return; // never writes; the client's first-token limit must fire
      case "garbage":
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.end("data: {this is not json\n\ndata: ]]]\n\n");
        return;
      case "refusal":
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(chunk("", "content_filter"));
        res.end("data: [DONE]\n\n");
        return;
      case "reply":
      case "stall":
      case "drop": {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        if (plan.kind === "reply" && plan.firstTokenDelayMs !== undefined) await sleep(plan.firstTokenDelayMs);
        for (const piece of plan.chunks) {
          if (res.destroyed) return;
          res.write(chunk(piece));
          recorded.firstChunkAt ??= performance.now();
          if (plan.kind === "reply" && plan.chunkDelayMs !== undefined) await sleep(plan.chunkDelayMs);
        }
        if (plan.kind === "stall") return; // stops mid-reply; the between-token limit must fire
        if (plan.kind === "drop") {
          res.destroy();
          return;
        }
        res.write(chunk("", "stop"));
        res.end("data: [DONE]\n\n");
        return;
      }
    }
  }

  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on("close", () => open.delete(res));
    respond(req, res).catch(() => {
      res.destroy();
    });
  });
  await new Promise<void>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
