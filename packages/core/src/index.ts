export * from "./domain.ts";
export * from "./policy/index.ts";
