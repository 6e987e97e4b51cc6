export * from "./domain.ts";
export * from "./safety/index.ts";
