export * from "./access-policy.ts";
export * from "./consent-copy.ts";
