// Exactly the fields of a care link that leave the server.
import { consentAlwaysTrue, consentLevels, consentLevelTexts, describeConsent, riskAlertTexts } from "@between/core";
import type { CareLink } from "@between/contracts";
import type { CareLinkRow } from "../repositories/care-links.ts";

export function presentCareLink(row: CareLinkRow): CareLink {
  const agreed = describeConsent({ level: row.consentLevel, riskAlerts: row.riskAlerts });
  return {
    id: row.id,
    client: { id: row.clientId, name: row.clientName },
    therapist: { id: row.therapistId, name: row.therapistName },
    status: row.status,
    consent: { level: row.consentLevel, riskAlerts: row.riskAlerts },
    companionEnabled: row.companionEnabled,
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    agreed: { level: agreed.level, riskAlerts: agreed.riskAlerts, always: [...agreed.always] },
  };
}

export function presentConsentTexts() {
  return {
    levels: consentLevels.map((level) => consentLevelTexts[level]),
    riskAlerts: { ...riskAlertTexts },
    always: [...consentAlwaysTrue],
  };
}
