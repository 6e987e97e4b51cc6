export * from "./domain.ts";
export * from "./policy/index.ts";
export * from "./care/index.ts";
export * from "./text/index.ts";
export * from "./analysis/index.ts";
export * from "./synthetic/index.ts";
