export * from "./practices.ts";
