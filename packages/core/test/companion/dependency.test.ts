import { describe, expect, it } from "vitest";
import { dependencyNudgeDue } from "../../src/index.ts";
import { dependencyCopy } from "../../src/companion/copy/care.copy.ts";
import { eventsOf, newConversation, say } from "./helpers.ts";

const now = new Date("2025-06-11T23:30:00Z");

describe("dependency care decision", () => {
  it("is due when night use or exclusivity crosses the threshold", () => {
    expect(dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 1, exclusivityCuesRecent: 0 })).toBeNull();
    expect(dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 4, exclusivityCuesRecent: 0 })?.reason).toBe("night-use");
    expect(dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 0, exclusivityCuesRecent: 1 })?.reason).toBe("exclusivity");
    expect(dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 6, exclusivityCuesRecent: 2 })?.reason).toBe("night-use-and-exclusivity");
  });

  it("at most once a day", () => {
    expect(dependencyNudgeDue({ now, lastNudgeAt: new Date("2025-06-11T08:00:00Z"), nightSessionsThisWeek: 6, exclusivityCuesRecent: 0 })).toBeNull();
    expect(dependencyNudgeDue({ now, lastNudgeAt: "2025-06-10T23:00:00Z", nightSessionsThisWeek: 6, exclusivityCuesRecent: 0 })).not.toBeNull();
  });

  it("follows the therapist's plan", () => {
    const nudge = dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 5, exclusivityCuesRecent: 0, dependencyPlan: "Suggest texting her sister Maya before bed" });
    expect(nudge?.plan).toBe("Suggest texting her sister Maya before bed");
    expect(nudge?.instruction).toContain(dependencyCopy.instruction["night-use"]);
    expect(nudge?.instruction).toContain("Suggest texting her sister Maya before bed");
  });
});

describe("dependency care in a turn", () => {
  const nudge = dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 5, exclusivityCuesRecent: 1 });

  it("turns the client toward people once, and reports it", () => {
    const conversation = newConversation("talk");
    const memory = [
      { key: "person:name:jo", kind: "person" as const, text: "Jo (friend)", name: "Jo", relationship: "friend", relation: "friend" as const, firstMentionedAt: "2025-05-01T00:00:00Z", lastMentionedAt: "2025-06-01T00:00:00Z", mentions: 6 },
    ];
    const plan = say(conversation, { text: "work was long and I'm just tired of everyone", now, dependencyNudge: nudge, memory });
    expect(eventsOf(plan.events, "dependency-nudge-given")).toEqual([{ type: "dependency-nudge-given", reason: "night-use-and-exclusivity" }]);
    expect(plan.builtInReply).toMatch(/AI|people|someone|Jo/);
    expect(plan.prompt.system).toContain("## Dependency care");
    // Not twice in one conversation, even if the server passes it again.
    const next = say(conversation, { text: "yeah maybe", now, dependencyNudge: nudge, memory });
    expect(eventsOf(next.events, "dependency-nudge-given")).toHaveLength(0);
    expect(next.prompt.system).not.toContain("## Dependency care");
  });

  it("waits while an exercise is running", () => {
    const conversation = newConversation("regulate");
    const plan = say(conversation, { text: "8", now, dependencyNudge: nudge });
    expect(eventsOf(plan.events, "dependency-nudge-given")).toHaveLength(0);
    expect(plan.prompt.system).not.toContain("## Dependency care");
  });

  it("uses the copy", () => {
    const conversation = newConversation("talk");
    const plan = say(conversation, { text: "I don't really talk to anyone else about this", now, dependencyNudge: dependencyNudgeDue({ now, lastNudgeAt: null, nightSessionsThisWeek: 5, exclusivityCuesRecent: 0 }) });
    const lines = [...dependencyCopy.nudge, ...dependencyCopy.nudgeWithPerson];
    expect(lines.some((line) => plan.builtInReply.endsWith(line))).toBe(true);
  });
});
