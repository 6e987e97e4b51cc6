export * from "./domain.ts";
export * from "./policy/index.ts";
export * from "./care/index.ts";
