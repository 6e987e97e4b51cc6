export * from "./domain.ts";
export * from "./text/index.ts";
