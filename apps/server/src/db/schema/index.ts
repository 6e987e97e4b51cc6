export * from "./auth.ts";
export * from "./care.ts";
export * from "./conversations.ts";
export * from "./companion.ts";
export * from "./care-work.ts";
export * from "./safety.ts";
