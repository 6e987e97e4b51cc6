// The therapist's anchor, pure: names kept out where consent shares patterns only, conversation
// summaries and the session brief from templates over the analysers, questions worth asking, and
// the caseload's order. The server assembles the inputs from what the therapist may see.
export { redactPeople, type RedactPeopleInput, type RedactPeopleResult } from "./redact-people.ts";
export {
  summariseConversation,
  partOfDay,
  type ConversationSummaryInput,
  type ConversationSummaryFacts,
  type ConversationSummary,
  type PartOfDay,
} from "./conversation-summary.ts";
export {
  buildSessionBrief,
  type SessionBriefInput,
  type SessionBriefContent,
  type BriefMomentInput,
  type BriefPracticeInput,
  type BriefTheme,
  type BriefIntention,
  type BriefPractice,
  type BriefScore,
  type BriefQuestionnaire,
  type BriefActivity,
} from "./session-brief.ts";
export { questionsWorthAsking } from "./questions.ts";
export { rankClient, orderCaseload, type AttentionKind, type AttentionItem, type CaseloadFacts, type CaseloadRanking } from "./caseload.ts";
export { checkGeneratedText, type GeneratedTextCheck } from "./verdicts.ts";
