export * from "./domain.ts";
