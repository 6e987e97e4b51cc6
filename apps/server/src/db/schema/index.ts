export * from "./auth.ts";
export * from "./care.ts";
export * from "./conversations.ts";
