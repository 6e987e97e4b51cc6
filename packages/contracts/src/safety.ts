import { z } from "zod";
import { riskTiers, safetyPlanLimits } from "@between/core";
import { Id, Timestamp } from "./common.ts";

const planItems = z.array(z.string().trim().min(1).max(safetyPlanLimits.charactersPerItem)).max(safetyPlanLimits.itemsPerSection);

/** Stanley & Brown's seven sections, each a short list in the client's own words. */
export const SafetyPlanBody = z.strictObject({
  warningSigns: planItems,
  thingsICanDo: planItems,
  peopleAndPlaces: planItems,
  peopleICanAsk: planItems,
  professionalsAndLines: planItems,
  makingSurroundingsSafer: planItems,
  reasonsForLiving: planItems,
});

export const SafetyPlanDocument = z.object({ plan: SafetyPlanBody, updatedAt: Timestamp.nullable() });

export const SafetyPlanProposal = z.object({
  id: Id,
  by: z.object({ id: Id, name: z.string() }).nullable(),
  plan: SafetyPlanBody,
  status: z.enum(["pending", "accepted", "declined"]),
  createdAt: Timestamp,
  decidedAt: Timestamp.nullable(),
});

export const SafetyPlanProposalList = z.object({ proposals: z.array(SafetyPlanProposal) });

export const CrisisLine = z.strictObject({
  name: z.string().min(1).max(120),
  description: z.string().min(1).max(200),
  phone: z.string().min(1).max(40).optional(),
  text: z.strictObject({ number: z.string().min(1).max(40), keyword: z.string().min(1).max(40).optional() }).optional(),
  hours: z.string().min(1).max(80),
  url: z.url().optional(),
});

export const CountryCrisisLines = z.strictObject({
  country: z.string().regex(/^([A-Z]{2}|INTL)$/),
  countryName: z.string().min(1).max(80),
  emergency: z.strictObject({ number: z.string().min(1).max(20), label: z.string().min(1).max(80) }).nullable(),
  lines: z.array(CrisisLine).min(1).max(10),
});

export const CrisisLineDirectory = z.object({ countries: z.array(CountryCrisisLines) });

export const SafetyAlert = z.object({
  id: Id,
  client: z.object({ id: Id, name: z.string() }),
  tier: z.enum(riskTiers),
  categories: z.array(z.string()),
  source: z.string(),
  raisedAt: Timestamp,
  lastRaisedAt: Timestamp,
  raiseCount: z.number().int(),
  acknowledgedAt: Timestamp.nullable(),
  note: z.string().nullable(),
  /** The message that raised the alert, which the client agreed their therapist may see with an alert. */
  message: z.object({ id: Id, text: z.string(), at: Timestamp }).nullable(),
});

export const SafetyAlertList = z.object({ alerts: z.array(SafetyAlert) });

export const AcknowledgeAlertBody = z.strictObject({ note: z.string().trim().min(1).max(2000) });

export const CrisisReferralReport = z.object({
  rows: z.array(z.object({ month: z.string(), tier: z.string(), referrals: z.number().int(), clients: z.number().int() })),
});

export type SafetyPlanBody = z.infer<typeof SafetyPlanBody>;
export type SafetyAlert = z.infer<typeof SafetyAlert>;
