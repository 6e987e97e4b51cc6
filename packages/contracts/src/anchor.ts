// The therapist's anchor: signals with evidence and the charts' data, the session brief, the
// caseload, conversation summaries, and the client's mirror of all of it. What each field holds
// depends on the client's consent level (see apps/server/src/anchor/README.md).
import { z } from "zod";
import { consentLevels, conversationModes, riskTiers, signalKinds } from "@between/core";
import { Id, Timestamp } from "./common.ts";
import { ClientConversationList } from "./conversations.ts";

const LocalDate = z.iso.date();
const Level = z.enum(consentLevels);

/** `?from&to` on signals and the brief: an explicit window (default: since the last recorded session). */
export const AnchorWindowQuery = z.strictObject({
  from: Timestamp.optional(),
  to: Timestamp.optional(),
});

export const AnchorWindow = z.object({
  from: Timestamp,
  to: Timestamp,
  fromDate: LocalDate,
  toDate: LocalDate,
  days: z.number().int(),
});

export const AnchorWindowBasis = z.enum(["since-last-session", "last-28-days", "requested"]);

export const SignalExcerpt = z.object({
  messageId: Id,
  at: Timestamp,
  text: z.string(),
  /** The client marked this message to bring to session. */
  broughtToSession: z.boolean(),
});

export const AnchorSignal = z.object({
  id: z.string(),
  kind: z.enum(signalKinds),
  category: z.enum(["pattern", "attention"]),
  subject: z.string().nullable(),
  statement: z.string(),
  window: AnchorWindow,
  strength: z.object({ level: z.enum(["low", "medium", "high"]), score: z.number() }),
  trend: z.object({
    direction: z.enum(["up", "down", "steady", "new", "none"]),
    current: z.number(),
    previous: z.number().nullable(),
    measure: z.string(),
  }),
  evidence: z.object({
    messageIds: z.array(Id),
    counts: z.record(z.string(), z.number()),
    days: z.array(LocalDate),
    conversationIds: z.array(Id),
    recordIds: z.array(Id),
    /** Quoted messages: all of them under `transcripts`, those the client brought to session under `moments` and `summaries`, none under `signals`. */
    excerpts: z.array(SignalExcerpt),
  }),
  why: z.string(),
});

const ThemeShare = z.object({
  theme: z.string(),
  label: z.string(),
  messages: z.number().int(),
  share: z.number(),
  /** The client's words for it (empty under `signals`). */
  words: z.array(z.object({ word: z.string(), count: z.number().int() })),
});

/** An intention from a rehearsal and where it stands, as the charts and the brief both list it. */
const IntentionItem = z.object({
  id: Id,
  withLabel: z.string().nullable(),
  status: z.enum(["kept", "dropped", "postponed", "pending", "overdue"]),
  createdDate: LocalDate,
  dueDate: LocalDate.nullable(),
  outcomeDate: LocalDate.nullable(),
});
const Score = z.object({ id: Id, date: LocalDate, score: z.number().int(), band: z.string() });
const ScoreChange = z.object({
  from: Score,
  to: Score,
  change: z.number().int(),
  reliable: z.enum(["improved", "worsened", "no reliable change", "not enough data"]),
});

/** The charts' data for the window (core's summariseWindow, with exactly these fields). */
export const WindowCharts = z.object({
  messages: z.number().int(),
  previousMessages: z.number().int(),
  themes: z.array(ThemeShare.extend({ previousShare: z.number().nullable() })),
  themesByWeek: z.array(z.object({ week: z.string(), messages: z.number().int(), themes: z.array(ThemeShare) })),
  rhythm: z.object({
    /** matrix[weekday][hour], weekday 0 = Monday, in the client's time zone. */
    matrix: z.array(z.array(z.number().int())),
    messages: z.number().int(),
    night: z.number().int(),
    nightShare: z.number(),
    previousNightShare: z.number().nullable(),
    nightDays: z.array(LocalDate),
    activeDays: z.number().int(),
    peakHour: z.number().int().nullable(),
  }),
  /** Names appear from `moments` up; under `signals` people are their relation, or "Person A". */
  people: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      relation: z.string().nullable(),
      messages: z.number().int(),
      days: z.number().int(),
      feelings: z.array(z.object({ theme: z.string(), count: z.number().int() })),
    }),
  ),
  loops: z.array(
    z.object({
      id: z.string(),
      count: z.number().int(),
      days: z.array(LocalDate),
      spanDays: z.number().int(),
      themes: z.array(z.object({ theme: z.string(), count: z.number().int() })),
      messageIds: z.array(Id),
    }),
  ),
  reassurance: z.object({ messages: z.number().int(), days: z.array(LocalDate), kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })) }),
  dependency: z.object({
    index: z.number().int(),
    level: z.enum(["low", "medium", "high"]),
    previousIndex: z.number().int().nullable(),
    components: z.object({
      volumeTrend: z.object({ score: z.number(), perDay: z.number(), previousPerDay: z.number().nullable() }),
      nightShare: z.object({ score: z.number(), share: z.number(), previousShare: z.number().nullable() }),
      cues: z.object({ score: z.number(), messages: z.number().int(), weighted: z.number(), byCue: z.array(z.object({ cue: z.string(), messages: z.number().int() })) }),
      fewerPeople: z.object({ score: z.number(), share: z.number(), previousShare: z.number().nullable(), people: z.number().int(), previousPeople: z.number().int().nullable() }),
    }),
  }),
  enactment: z.object({
    kept: z.number().int(),
    dropped: z.number().int(),
    postponed: z.number().int(),
    pending: z.number().int(),
    overdue: z.number().int(),
    rehearsals: z.array(z.object({ withWhom: z.string(), label: z.string(), rehearsals: z.number().int(), rehearsalDays: z.array(LocalDate), intentionIds: z.array(Id) })),
    intentions: z.array(IntentionItem),
  }),
  regulation: z.object({
    sessions: z.number().int(),
    rated: z.number().int(),
    meanBefore: z.number().nullable(),
    meanAfter: z.number().nullable(),
    meanChange: z.number().nullable(),
    improvedShare: z.number().nullable(),
    night: z.number().int(),
    byExercise: z.array(z.object({ exercise: z.string(), rated: z.number().int(), meanChange: z.number().nullable() })),
    previousMeanChange: z.number().nullable(),
  }),
  questionnaires: z.array(
    z.object({
      instrument: z.enum(["phq9", "gad7"]),
      label: z.string(),
      threshold: z.number().int(),
      points: z.array(Score),
      latest: Score.nullable(),
      sinceReference: ScoreChange.nullable(),
      sinceBaseline: ScoreChange.nullable(),
    }),
  ),
  practices: z.array(
    z.object({
      id: Id,
      title: z.string(),
      status: z.enum(["active", "ended"]),
      done: z.number().int(),
      notDone: z.number().int(),
      lastDate: LocalDate.nullable(),
      adherence: z.object({ expected: z.number().int(), done: z.number().int(), notDone: z.number().int() }),
    }),
  ),
  safety: z.object({ total: z.number().int(), byTier: z.partialRecord(z.enum(riskTiers), z.number().int()), unacknowledged: z.number().int(), days: z.array(LocalDate) }),
});

export const ClientSignals = z.object({
  clientId: Id,
  level: Level,
  window: AnchorWindow,
  basis: AnchorWindowBasis,
  previousWindow: AnchorWindow,
  lastSessionAt: Timestamp.nullable(),
  /** Whether the client's own words (feeling words, names) appear: from `moments` up. */
  showsWords: z.boolean(),
  signals: z.array(AnchorSignal),
  charts: WindowCharts,
});

export const BriefScore = z.object({ date: LocalDate, score: z.number().int(), band: z.string() });

export const SessionBrief = z.object({
  clientId: Id,
  level: Level,
  window: AnchorWindow,
  basis: AnchorWindowBasis,
  lastSessionAt: Timestamp.nullable(),
  headline: z.array(z.string()),
  /** The narrative: a model's where one is configured and consent reaches `summaries` (marked `generated`), else the template's. */
  narrative: z.object({ text: z.string(), generated: z.boolean(), model: z.string().nullable(), template: z.string() }),
  activity: z.object({
    messages: z.number().int(),
    activeDays: z.number().int(),
    days: z.number().int(),
    conversations: z.number().int(),
    perDay: z.number(),
    previousPerDay: z.number().nullable(),
    nightShare: z.number(),
    peakHour: z.number().int().nullable(),
    byMode: z.partialRecord(z.enum(conversationModes), z.number().int()),
  }),
  themes: z.array(
    z.object({
      theme: z.string(),
      label: z.string(),
      messages: z.number().int(),
      share: z.number(),
      previousShare: z.number().nullable(),
      direction: z.enum(["up", "down", "steady", "new", "none"]),
      words: z.array(z.string()),
    }),
  ),
  /** What the client brought to session in the window; null under `signals`. */
  brought: z
    .array(z.object({ id: Id, kind: z.enum(["message", "note"]), text: z.string(), at: Timestamp, date: LocalDate }))
    .nullable(),
  intentions: z.object({
    kept: z.number().int(),
    dropped: z.number().int(),
    postponed: z.number().int(),
    pending: z.number().int(),
    overdue: z.number().int(),
    items: z.array(IntentionItem),
  }),
  practices: z.array(
    z.object({
      id: Id,
      title: z.string(),
      status: z.enum(["active", "ended"]),
      cadence: z.object({ every: z.enum(["day", "week"]), times: z.number().int() }),
      inWindow: z.object({ done: z.number().int(), notDone: z.number().int(), lastDate: LocalDate.nullable() }),
      adherence: z.object({ expected: z.number().int(), done: z.number().int(), notDone: z.number().int() }),
    }),
  ),
  questionnaires: z.array(
    z.object({
      instrument: z.enum(["phq9", "gad7"]),
      label: z.string(),
      threshold: z.number().int(),
      latest: BriefScore.nullable(),
      change: z
        .object({ from: BriefScore, to: BriefScore, change: z.number().int(), reliable: z.string(), against: z.enum(["previous", "first"]) })
        .nullable(),
      points: z.array(BriefScore),
    }),
  ),
  signals: z.array(AnchorSignal),
  /** Invitations to explore, addressed to the client. */
  questions: z.array(z.string()),
});

export const CaseloadEntry = z.object({
  id: Id,
  name: z.string(),
  careLinkId: Id,
  consent: z.object({ level: Level, riskAlerts: z.boolean() }),
  companionEnabled: z.boolean(),
  lastActivityAt: Timestamp.nullable(),
  lastSessionAt: Timestamp.nullable(),
  /** Unacknowledged safety alerts for you; null when the client has not agreed to risk alerts. */
  unacknowledgedAlerts: z.number().int().nullable(),
  dependencyIndex: z.number().int(),
  attention: z.array(
    z.object({
      kind: z.enum(["safety-alert", "safety-events", "questionnaire-item-9", "dependency", "questionnaire", "practice-due", "night-use", "rehearsal-avoidance", "loop", "reassurance"]),
      text: z.string(),
      urgent: z.boolean(),
    }),
  ),
  /** One line: why this client is where they are in the list. */
  reason: z.string(),
});

export const Caseload = z.object({ clients: z.array(CaseloadEntry) });

export const TherapistViewEntry = z.object({
  therapist: z.object({ id: Id, name: z.string() }),
  careLinkId: Id,
  consent: z.object({ level: Level, riskAlerts: z.boolean() }),
  /** Exactly the body of GET /api/clients/:you/signals for this therapist. */
  signals: ClientSignals,
  /** Exactly the body of GET /api/clients/:you/brief for this therapist. */
  brief: SessionBrief,
  /** Exactly the body of GET /api/clients/:you/conversations, or null below `summaries` (they see none). */
  conversations: ClientConversationList.nullable(),
});

export const TherapistView = z.object({ views: z.array(TherapistViewEntry) });

export const TherapistViewQuery = z.strictObject({ therapist: Id.optional() });

export type ClientSignals = z.infer<typeof ClientSignals>;
export type SessionBrief = z.infer<typeof SessionBrief>;
export type CaseloadEntry = z.infer<typeof CaseloadEntry>;
export type TherapistViewEntry = z.infer<typeof TherapistViewEntry>;
