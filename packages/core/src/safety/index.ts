// The safety layer's public API: pure, deterministic, no I/O (see DESIGN.md, "Safety doctrine").
export { riskCategories } from "./risk-types.ts";
export type { RiskCategory, RiskContext, RiskScreen, RiskSpan, ScreenRiskInput } from "./risk-types.ts";
export { explainRisk, screenRisk } from "./screen-risk.ts";
export type { CueNote, RiskCue, RiskExplanation } from "./screen-risk.ts";
export { readAnswer, readCompanionQuestion } from "./safety-questions.ts";
export type { AnswerKind, SafetyQuestionKind } from "./safety-questions.ts";

export { emptySafetyPlan, hasSafetyPlan, isSafetyPlan, safetyPlanLimits, safetyPlanSections, tidySafetyPlan } from "./safety-plan.ts";
export type { SafetyPlan, SafetyPlanSection } from "./safety-plan.ts";
export { crisisLinesFor, defaultCrisisLines, internationalCrisisLines, smsHref, telHref, validateCrisisLineDirectory } from "./crisis-lines.ts";
export type { CountryCrisisLines, CrisisLine, CrisisLineDirectory, CrisisLineText, EmergencyNumber, ValidationResult } from "./crisis-lines.ts";
export { buildCrisisReply } from "./build-crisis-reply.ts";
export type { BuildCrisisReplyInput, CrisisAction, CrisisActionKind, CrisisContact, CrisisLink, CrisisPlanSection, CrisisReply, CrisisReplyPart, CrisisTier, TherapistAlertOption } from "./build-crisis-reply.ts";
export { crisisCopy } from "./copy/crisis-protocol.copy.ts";

export { guardReplacement, guardReply, guardViolations } from "./guard-reply.ts";
export type { GuardOptions, GuardResult, GuardViolation } from "./guard-reply.ts";
export { createStreamGuard } from "./stream-guard.ts";
export type { StreamGuard, StreamGuardStep } from "./stream-guard.ts";
export { guardReplacementCopy } from "./copy/guard-replies.copy.ts";

export { asksAboutNature, defaultDisclosureRules, disclosureDue, disclosureReasons, nextContinuousUseSince } from "./disclosure.ts";
export type { DisclosureDue, DisclosureInput, DisclosureReason, DisclosureRules } from "./disclosure.ts";
export { disclosureCopy } from "./copy/disclosure.copy.ts";
export { warmUpSafetyChecks } from "./warm-up.ts";
