export * from "./domain.ts";
export * from "./text/index.ts";
export * from "./questionnaires/index.ts";
export * from "./companion/index.ts";
