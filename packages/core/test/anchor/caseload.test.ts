import { describe, expect, it } from "vitest";
import { orderCaseload, rankClient, type CaseloadFacts, type Signal } from "../../src/index.ts";

function signal(kind: Signal["kind"], fields: Partial<Signal> = {}): Signal {
  return {
    id: `${kind}:x`,
    kind,
    category: "attention",
    subject: null,
    statement: "A statement long enough to read.",
    window: { from: "", to: "", fromDate: "2026-03-01", toDate: "2026-03-28", days: 28 },
    strength: { level: "medium", score: 0.5 },
    trend: { direction: "up", current: 1, previous: 0, measure: "" },
    evidence: { messageIds: [], counts: {}, days: [], conversationIds: [], recordIds: [] },
    why: "Because.",
    ...fields,
  };
}

function facts(name: string, fields: Partial<CaseloadFacts> = {}): CaseloadFacts {
  return { clientId: name, name, lastActivityAt: "2026-03-20T10:00:00Z", alerts: { count: 0, highestTier: null }, signals: [], practicesDue: [], ...fields };
}

describe("the caseload's order", () => {
  it("puts unacknowledged alerts first, then rising dependency, worsening scores, practices due, other signals, the rest", () => {
    const entries = [
      facts("quiet"),
      facts("practice", { practicesDue: [{ title: "Walk", missing: 2 }] }),
      facts("loop", { signals: [signal("loop", { evidence: { messageIds: [], counts: { occurrences: 5, days: 4 }, days: [], conversationIds: [], recordIds: [] } })] }),
      facts("scores", { signals: [signal("questionnaire", { subject: "phq9", evidence: { messageIds: [], counts: { from: 6, to: 15 }, days: [], conversationIds: [], recordIds: [] } })] }),
      facts("leaning", { signals: [signal("dependency", { evidence: { messageIds: [], counts: { index: 62 }, days: [], conversationIds: [], recordIds: [] } })] }),
      facts("alert", { alerts: { count: 1, highestTier: "imminent" } }),
    ].map((item) => ({ facts: item, ranking: rankClient(item) }));
    expect(orderCaseload(entries).map((entry) => entry.facts.name)).toEqual(["alert", "leaning", "scores", "practice", "loop", "quiet"]);
    const alert = entries.find((entry) => entry.facts.name === "alert");
    expect(alert?.ranking.reason).toBe("1 safety alert to acknowledge (highest: imminent)");
    expect(entries.find((entry) => entry.facts.name === "quiet")?.ranking).toEqual({ tier: 6, attention: [], reason: "Nothing that needs attention" });
  });

  it("counts no alerts where the client did not agree to them, and ignores patterns", () => {
    const ranking = rankClient(facts("no-consent", { alerts: null, signals: [signal("theme", { category: "pattern" })] }));
    expect(ranking.attention).toEqual([]);
  });
});
