// The companion layer: pure, I/O-free. The server calls `planTurn` once per client message.
export { planTurn, openConversation, type PlanTurnInput, type OpenConversationInput, type TurnPlan } from "./plan-turn.ts";
export { builtInReply, type BuiltInReply, type BuiltInReplyInput } from "./built-in.ts";
export { advanceMode, type AdvanceModeInput, type ModeAdvance } from "./modes/advance.ts";
export {
  initialModeState,
  parseModeState,
  modeStateVersion,
  type ModeState,
  type Flow,
  type SharedState,
  type TalkFlow,
  type RehearseFlow,
  type RegulateFlow,
  type CheckInFlow,
  type DebriefFlow,
  type InitialStateOptions,
} from "./modes/state.ts";
export type { Structured, Choice, Utterance } from "./modes/context.ts";
export type { TalkMove } from "./modes/talk.ts";
export { assemblePrompt, summariseOlder, defaultTokenBudget, type AssemblePromptInput, type AssembledPrompt, type PromptMessage } from "./prompt.ts";
export { extractMemory, applyMemoryProposal, type ExtractMemoryInput, type MemoryProposal } from "./memory.ts";
export { dependencyNudgeDue, defaultDependencyThresholds, type DependencyNudgeInput, type DependencyThresholds } from "./dependency.ts";
export { estimateTokens } from "./tokens.ts";
export { parseWhen, isFollowUpDue, formatDate, type LocalDate, type ParsedWhen } from "./calendar.ts";
export { parseRating } from "./parse.ts";
/** The voice (product copy): the system prompt, its principles and limits, and the words no built-in reply may contain. */
export { neverSay, voiceSystemPrompt, voicePrinciples, voiceLimits } from "./copy/voice.copy.ts";
export { companionEventTypes, type CompanionEvent, type CompanionEventType, type RehearsalNotes } from "./events.ts";
export {
  memoryKinds,
  followUpKinds,
  dependencyReasons,
  reactionKinds,
  difficulties,
  exerciseKinds,
  followUpOutcomes,
  type ConversationMessage,
  type Frame,
  type MemoryItem,
  type MemoryKind,
  type DueFollowUp,
  type FollowUpKind,
  type DueDisclosure,
  type DependencyNudge,
  type DependencyReason,
  type ReactionKind,
  type Difficulty,
  type ExerciseKind,
  type FollowUpOutcome,
  type BreathingPattern,
} from "./types.ts";
export { fallbackCopy } from "./copy/fallback.copy.ts";
