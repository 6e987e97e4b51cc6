export * from "./definitions.ts";
export * from "./score.ts";
export * from "./parse-answer.ts";
