import { z } from "zod";
import { consentLevels } from "@between/core";
import { Id, Timestamp } from "./common.ts";

export const ConsentLevel = z.enum(consentLevels);

export const Consent = z.strictObject({
  level: ConsentLevel,
  riskAlerts: z.boolean(),
});

export const CreateInviteResponse = z.object({
  code: z.string(),
  expiresAt: Timestamp,
});

export const RedeemInviteBody = z.strictObject({
  code: z.string().trim().min(4).max(40),
  consent: Consent,
});

export const ChangeConsentBody = z
  .strictObject({ level: ConsentLevel.optional(), riskAlerts: z.boolean().optional() })
  .refine((body) => body.level !== undefined || body.riskAlerts !== undefined, {
    error: "Say what to change: level, riskAlerts, or both.",
  });

export const SetCompanionBody = z.strictObject({ enabled: z.boolean() });

const Person = z.object({ id: Id, name: z.string() });

const ConsentLevelText = z.object({ level: ConsentLevel, title: z.string(), shows: z.string(), keeps: z.string() });

export const ConsentTexts = z.object({
  levels: z.array(ConsentLevelText),
  riskAlerts: z.object({ on: z.string(), off: z.string() }),
  always: z.array(z.string()),
});

export const CareLink = z.object({
  id: Id,
  client: Person,
  therapist: Person,
  status: z.enum(["active", "revoked", "ended"]),
  consent: z.object({ level: ConsentLevel, riskAlerts: z.boolean() }),
  companionEnabled: z.boolean(),
  createdAt: Timestamp,
  endedAt: Timestamp.nullable(),
  /** The plain-language text of what the client agreed to, as shown to them. */
  agreed: z.object({ level: ConsentLevelText, riskAlerts: z.string(), always: z.array(z.string()) }),
});

export const CareLinkList = z.object({ careLinks: z.array(CareLink) });

export const ConsentChange = z.object({
  id: Id,
  at: Timestamp,
  by: z.object({ id: Id, name: z.string() }).nullable(),
  field: z.enum(["level", "risk-alerts", "status", "companion"]),
  from: z.string().nullable(),
  to: z.string(),
});

export const ConsentHistory = z.object({ changes: z.array(ConsentChange) });

export type CareLink = z.infer<typeof CareLink>;
export type Consent = z.infer<typeof Consent>;
