// The configured language model, through the AI SDK. Provider, address and model come only from
// configuration. The engine yields text as it arrives and fails with a `ModelFailure` — never a
// half-silent stream — so the turn can fall back to the built-in engine.
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText, NoObjectGeneratedError, NoOutputGeneratedError, Output, streamText, type LanguageModel, type ModelMessage } from "ai";
import type { z } from "zod";
import type { ModelConfig } from "../config.ts";

export type ModelFailureKind = "unavailable" | "error-status" | "timeout" | "refusal" | "malformed" | "empty";

export class ModelFailure extends Error {
  override name = "ModelFailure";
  readonly kind: ModelFailureKind;

  constructor(kind: ModelFailureKind, detail: string) {
    super(detail);
    this.kind = kind;
  }
}

export interface ModelRequest {
  instructions: string;
  messages: ModelMessage[];
  signal?: AbortSignal;
}

export interface StructuredRequest<T> {
  instructions: string;
  prompt: string;
  schema: z.ZodType<T>;
  /** The whole call's time limit. */
  timeoutMs: number;
}

export interface ModelEngine {
  readonly name: string;
  /** Yields the reply's text in pieces; throws ModelFailure if the model can't give a usable reply. */
  streamReply: (request: ModelRequest) => AsyncGenerator<string, void, undefined>;
  /** One structured answer (AI SDK structured output, checked against the schema); throws ModelFailure. */
  generateStructured: <T>(request: StructuredRequest<T>) => Promise<T>;
}

export function createModelEngine(config: Exclude<ModelConfig, { provider: "built-in" }>): ModelEngine {
  const model = languageModel(config);
  return {
    name: `${config.provider}:${config.model}`,
    async *streamReply(request) {
      // Our own time limits (first token, then between tokens): they hold however the server
      // misbehaves — headers and then silence included — and abort the request when they fire.
      const abort = new AbortController();
      const onOuterAbort = () => {
        abort.abort();
      };
      request.signal?.addEventListener("abort", onOuterAbort, { once: true });
      const result = streamText({
        model,
        instructions: request.instructions,
        messages: request.messages,
        maxRetries: 0,
        abortSignal: abort.signal,
        // The SDK would log errors to the console with the request body — the client's words. Never.
        onError: () => undefined,
      });
      const parts = result.stream[Symbol.asyncIterator]();
      let produced = false;
      try {
        for (;;) {
          const limit = produced ? config.idleTimeoutMs : config.firstTokenTimeoutMs;
          const next = await withTimeout(parts.next(), limit);
          if (next === "timeout") {
            abort.abort();
            throw new ModelFailure("timeout", produced ? "the model stalled between tokens" : "no first token in time");
          }
          if (next.done === true) break;
          const part = next.value;
          switch (part.type) {
            case "text-delta":
              if (part.text !== "") {
                produced = true;
                yield part.text;
              }
              break;
            case "error":
              throw classify(part.error);
            case "abort":
              throw new ModelFailure("timeout", "the model request was aborted");
            case "finish":
              if (part.finishReason === "content-filter") throw new ModelFailure("refusal", "the model refused");
              if (part.finishReason === "error") throw new ModelFailure("malformed", "the model's stream ended in an error");
              break;
            default:
              break;
          }
        }
      } finally {
        request.signal?.removeEventListener("abort", onOuterAbort);
        if (!abort.signal.aborted) abort.abort();
        void parts.return?.();
      }
      if (!produced) throw new ModelFailure("empty", "the model sent no text");
    },
    async generateStructured<T>(request: StructuredRequest<T>): Promise<T> {
      const abort = new AbortController();
      const timer = setTimeout(() => {
        abort.abort();
      }, request.timeoutMs);
      try {
        const result = await generateText({
          model,
          instructions: request.instructions,
          prompt: request.prompt,
          output: Output.object({ schema: request.schema }),
          maxRetries: 0,
          abortSignal: abort.signal,
        });
        if (result.finishReason === "content-filter") throw new ModelFailure("refusal", "the model refused");
        return result.output;
      } catch (error) {
        if (abort.signal.aborted) throw new ModelFailure("timeout", "the model took too long");
        if (NoObjectGeneratedError.isInstance(error) || NoOutputGeneratedError.isInstance(error)) {
          throw new ModelFailure("malformed", "the model's answer did not fit the schema");
        }
        throw classify(error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      resolve("timeout");
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function languageModel(config: Exclude<ModelConfig, { provider: "built-in" }>): LanguageModel {
  switch (config.provider) {
    case "openai-compatible":
      return createOpenAICompatible({
        name: "between-model",
        baseURL: config.baseUrl ?? "",
        // Structured output sends its JSON schema (response_format json_schema), which vLLM, llama.cpp
        // server, Ollama, LM Studio and OpenAI all accept; a server that refuses it fails the call and
        // the caller falls back to its template.
        supportsStructuredOutputs: true,
        ...(config.apiKey === undefined ? {} : { apiKey: config.apiKey }),
      }).chatModel(config.model);
    case "anthropic":
      return createAnthropic({
        ...(config.baseUrl === undefined ? {} : { baseURL: config.baseUrl }),
        ...(config.apiKey === undefined ? {} : { apiKey: config.apiKey }),
      })(config.model);
  }
}

function classify(error: unknown): ModelFailure {
  if (error instanceof ModelFailure) return error;
  const record = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    statusCode?: unknown;
    cause?: unknown;
  };
  const name = typeof record.name === "string" ? record.name : "";
  if (typeof record.statusCode === "number") {
    return new ModelFailure("error-status", `the model server answered ${String(record.statusCode)}`);
  }
  if (/timeout|abort/i.test(name)) return new ModelFailure("timeout", "the model took too long");
  if (/parse|validation|json|typevalidation/i.test(name)) return new ModelFailure("malformed", "the model's stream was malformed");
  if (/retry|apicall|fetch|connect/i.test(name) || record.cause !== undefined) {
    return new ModelFailure("unavailable", "the model server could not be reached");
  }
  return new ModelFailure("malformed", `the model failed (${name || "unknown error"})`);
}
