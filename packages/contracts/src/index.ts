export * from "./common.ts";
export * from "./care-links.ts";
export * from "./me.ts";
export * from "./conversations.ts";
export * from "./memory.ts";
export * from "./care-work.ts";
export * from "./safety.ts";
export * from "./check-ins.ts";
