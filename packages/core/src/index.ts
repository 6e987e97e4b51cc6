export * from "./domain.ts";
export * from "./text/index.ts";
export * from "./analysis/index.ts";
export * from "./synthetic/index.ts";
