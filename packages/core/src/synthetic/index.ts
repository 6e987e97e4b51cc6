// Synthetic histories: seeded, fictional months of a client's life between sessions, for tests, the
// benchmark and `between demo`.
export {
  syntheticProfiles,
  syntheticProfileDescriptions,
  syntheticTags,
  generateHistory,
  type SyntheticProfile,
  type SyntheticTag,
  type SyntheticMessage,
  type SyntheticConversation,
  type SyntheticMoment,
  type SyntheticSession,
  type SyntheticHistory,
  type GenerateHistoryInput,
} from "./generate.ts";
export {
  historyMessages,
  replayHistory,
  signalInputFor,
  type HistoryMessage,
  type StoredBucket,
  type ReplayResult,
  type SignalInputOptions,
} from "./replay.ts";
export { everydayTemplatesForTest } from "./templates.ts";
