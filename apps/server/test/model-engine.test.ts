// The model engine against a fake OpenAI-compatible server on loopback: real HTTP and SSE.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine, ModelFailure, type ModelFailureKind } from "../src/companion/model-engine.ts";
import { startFakeModelServer, type FakeModelServer } from "./support/fake-model-server.ts";

let fake: FakeModelServer;
beforeAll(async () => {
  fake = await startFakeModelServer();
});
afterAll(async () => {
  await fake.close();
});

function engine() {
  return createModelEngine({
    provider: "openai-compatible",
    baseUrl: fake.baseUrl,
    model: "fake-model",
    apiKey: "test-key",
    firstTokenTimeoutMs: 300,
    idleTimeoutMs: 300,
  });
}

async function collect(): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of engine().streamReply({
    instructions: "You are the companion.",
    messages: [{ role: "user", content: "hello" }],
  })) {
    pieces.push(piece);
  }
  return pieces;
}

async function failureOf(): Promise<ModelFailureKind> {
  try {
    await collect();
  } catch (error) {
    if (error instanceof ModelFailure) return error.kind;
    throw error;
  }
  throw new Error("expected the model to fail");
}

describe("model engine", () => {
  it("streams the reply in pieces and sends the instructions as the system message", async () => {
    fake.behave({ kind: "reply", chunks: ["That ", "sounds ", "hard."] });
    expect(await collect()).toEqual(["That ", "sounds ", "hard."]);
    const sent = fake.requests.at(-1)?.body;
    expect(sent?.model).toBe("fake-model");
    expect(sent?.stream).toBe(true);
    expect(sent?.messages[0]).toEqual({ role: "system", content: "You are the companion." });
    expect(sent?.messages.at(-1)).toEqual({ role: "user", content: "hello" });
  });

  it("fails on an error status", async () => {
    fake.behave({ kind: "status", status: 500 });
    expect(await failureOf()).toBe("error-status");
  });

  it("fails when no first token arrives in time", async () => {
    fake.behave({ kind: "hang" });
    expect(await failureOf()).toBe("timeout");
  });

  it("fails when the stream stalls between tokens", async () => {
    fake.behave({ kind: "stall", chunks: ["I hear "] });
    expect(await failureOf()).toBe("timeout");
  });

  it("fails on a malformed stream", async () => {
    fake.behave({ kind: "garbage" });
    expect(["malformed", "empty"]).toContain(await failureOf());
  });

  it("fails on a refusal", async () => {
    fake.behave({ kind: "refusal" });
    expect(await failureOf()).toBe("refusal");
  });

  it("fails when the server cannot be reached", async () => {
    const unreachable = createModelEngine({
      provider: "openai-compatible",
      baseUrl: "http://127.0.0.1:9/v1",
      model: "fake-model",
      apiKey: undefined,
      firstTokenTimeoutMs: 300,
      idleTimeoutMs: 300,
    });
    const attempt = async () => {
      for await (const _ of unreachable.streamReply({ instructions: "x", messages: [{ role: "user", content: "hi" }] })) {
        // drain
      }
    };
    await expect(attempt()).rejects.toBeInstanceOf(ModelFailure);
  });
});
