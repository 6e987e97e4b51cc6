// The caseload: a therapist's clients ordered by what needs attention — unacknowledged safety
// alerts first, then rising dependency, worsening scores, practices due, the other attention
// signals, and the rest by last activity — each with the reasons in plain words.
import type { RiskTier } from "../domain.ts";
import { riskTiers } from "../domain.ts";
import type { Signal } from "../analysis/signals.ts";

export type AttentionKind =
  | "safety-alert"
  | "safety-events"
  | "questionnaire-item-9"
  | "dependency"
  | "questionnaire"
  | "practice-due"
  | "night-use"
  | "rehearsal-avoidance"
  | "loop"
  | "reassurance";

export interface AttentionItem {
  kind: AttentionKind;
  text: string;
  urgent: boolean;
}

export interface CaseloadFacts {
  clientId: string;
  name: string;
  lastActivityAt: string | null;
  /** Unacknowledged alerts for this therapist; null where the client has not agreed to risk alerts. */
  alerts: { count: number; highestTier: RiskTier | null } | null;
  /** The window's signals (attention ones matter here). */
  signals: readonly Signal[];
  /** Active practices with reports missing for days (or weeks) already past. */
  practicesDue: readonly { title: string; missing: number }[];
}

export interface CaseloadRanking {
  /** Lower comes first. */
  tier: number;
  attention: AttentionItem[];
  reason: string;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export function rankClient(facts: CaseloadFacts): CaseloadRanking {
  const items: { tier: number; item: AttentionItem; weight: number }[] = [];
  if (facts.alerts !== null && facts.alerts.count > 0) {
    const tier = facts.alerts.highestTier;
    items.push({
      tier: 0,
      weight: tier === null ? 0 : riskTiers.indexOf(tier),
      item: { kind: "safety-alert", text: `${plural(facts.alerts.count, "safety alert")} to acknowledge${tier === null ? "" : ` (highest: ${tier})`}`, urgent: true },
    });
  }
  for (const signal of facts.signals) {
    if (signal.category !== "attention") continue;
    const counts = signal.evidence.counts;
    switch (signal.kind) {
      case "questionnaire-item-9":
        items.push({ tier: 1, weight: signal.strength.score, item: { kind: signal.kind, text: "PHQ-9 item 9 answered above 0", urgent: true } });
        break;
      case "safety-events": {
        const serious = (counts.urgent ?? 0) + (counts.imminent ?? 0);
        items.push({
          tier: serious > 0 ? 1 : 5,
          weight: signal.strength.score,
          item: { kind: signal.kind, text: `The risk screen responded ${plural(counts.total ?? 0, "time")}`, urgent: serious > 0 },
        });
        break;
      }
      case "dependency": {
        const rising = signal.trend.direction === "up" || signal.trend.direction === "new" || signal.strength.level === "high";
        items.push({
          tier: rising ? 2 : 5,
          weight: signal.strength.score,
          item: { kind: "dependency", text: `Dependency index ${counts.index ?? 0}/100${signal.trend.direction === "up" && signal.trend.previous !== null ? `, up from ${signal.trend.previous}` : ""}`, urgent: false },
        });
        break;
      }
      case "questionnaire":
        items.push({
          tier: 3,
          weight: signal.strength.score,
          item: { kind: "questionnaire", text: `${signal.subject === "gad7" ? "GAD-7" : "PHQ-9"} up from ${counts.from ?? 0} to ${counts.to ?? 0} (reliable change)`, urgent: false },
        });
        break;
      case "night-use":
        items.push({ tier: 5, weight: signal.strength.score, item: { kind: "night-use", text: `${Math.round(signal.trend.current * 100)}% of messages at night`, urgent: false } });
        break;
      case "rehearsal-avoidance":
        items.push({ tier: 5, weight: signal.strength.score, item: { kind: "rehearsal-avoidance", text: `Rehearsed the same conversation ${plural(counts.rehearsals ?? 0, "time")}, not had yet`, urgent: false } });
        break;
      case "loop":
        items.push({ tier: 5, weight: signal.strength.score, item: { kind: "loop", text: `A worry came back ${counts.occurrences ?? 0} times on ${plural(counts.days ?? 0, "day")}`, urgent: false } });
        break;
      case "reassurance":
        items.push({ tier: 5, weight: signal.strength.score, item: { kind: "reassurance", text: `Asked for reassurance in ${plural(counts.messages ?? 0, "message")}`, urgent: false } });
        break;
      case "theme":
      case "emotion":
      case "person":
      case "rhythm":
      case "rehearsal-enactment":
      case "regulation-effect":
      case "practice":
        break;
    }
  }
  const missing = facts.practicesDue.filter((practice) => practice.missing > 0);
  if (missing.length > 0) {
    const total = missing.reduce((sum, practice) => sum + practice.missing, 0);
    items.push({
      tier: 4,
      weight: total,
      item: { kind: "practice-due", text: `${missing.length === 1 ? `“${missing[0]?.title ?? ""}”` : plural(missing.length, "practice")}: ${plural(total, "report")} missing`, urgent: false },
    });
  }
  items.sort((a, b) => a.tier - b.tier || b.weight - a.weight);
  const first = items[0];
  return {
    tier: first?.tier ?? 6,
    attention: items.map((entry) => entry.item),
    reason: first === undefined ? (facts.lastActivityAt === null ? "No activity yet" : "Nothing that needs attention") : first.item.text,
  };
}

/** The caseload in order: attention tier, then how much needs attention, then most recently active. */
export function orderCaseload<T extends { facts: CaseloadFacts; ranking: CaseloadRanking }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      a.ranking.tier - b.ranking.tier ||
      b.ranking.attention.length - a.ranking.attention.length ||
      (b.facts.lastActivityAt ?? "").localeCompare(a.facts.lastActivityAt ?? "") ||
      a.facts.name.localeCompare(b.facts.name) ||
      (a.facts.clientId < b.facts.clientId ? -1 : 1),
  );
}
