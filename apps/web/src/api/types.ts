// The API's shapes, straight from the zod schemas the server validates and answers with
// (@between/contracts). Type-only: no schema code reaches the browser bundle.
import type * as C from "@between/contracts";
import type { z } from "zod";

export type Of<T extends z.ZodType> = z.output<T>;

export type Me = Of<typeof C.Me>;
export type CountryCrisisLines = Of<typeof C.CountryCrisisLines>;
export type CrisisLine = Of<typeof C.CrisisLine>;
export type Conversation = Of<typeof C.Conversation>;
export type ConversationMode = Of<typeof C.ConversationMode>;
export type ConversationList = Of<typeof C.ConversationList>;
export type Message = Of<typeof C.Message>;
export type MessageList = Of<typeof C.MessageList>;
export type StartedConversation = Conversation & { opening: Message | null };
export type ConsentLevel = Of<typeof C.ConsentLevel>;
export type Consent = Of<typeof C.Consent>;
export type ConsentTexts = Of<typeof C.ConsentTexts>;
export type CareLink = Of<typeof C.CareLink>;
export type CareLinkList = Of<typeof C.CareLinkList>;
export type ConsentHistory = Of<typeof C.ConsentHistory>;
export type CreateInviteResponse = Of<typeof C.CreateInviteResponse>;
export type MemoryItem = Of<typeof C.MemoryItem>;
export type MemoryList = Of<typeof C.MemoryList>;
export type Moment = Of<typeof C.Moment>;
export type MomentList = Of<typeof C.MomentList>;
export type SafetyPlanBody = Of<typeof C.SafetyPlanBody>;
export type SafetyPlanDocument = Of<typeof C.SafetyPlanDocument>;
export type SafetyPlanProposal = Of<typeof C.SafetyPlanProposal>;
export type AccessLog = Of<typeof C.AccessLog>;
export type AccessLogEntry = Of<typeof C.AccessLogEntry>;
export type Practice = Of<typeof C.Practice>;
export type PracticeList = Of<typeof C.PracticeList>;
export type CheckIn = Of<typeof C.CheckIn>;
export type CheckInList = Of<typeof C.CheckInList>;
export type RecordCheckInBody = Of<typeof C.RecordCheckInBody>;
export type RecordCheckInResponse = Of<typeof C.RecordCheckInResponse>;
export type TherapistView = Of<typeof C.TherapistView>;
export type TherapistViewEntry = Of<typeof C.TherapistViewEntry>;
