export * from "./domain.ts";
export * from "./questionnaires/index.ts";
