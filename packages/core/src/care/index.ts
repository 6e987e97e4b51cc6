export * from "./local-date.ts";
export * from "./practices.ts";
