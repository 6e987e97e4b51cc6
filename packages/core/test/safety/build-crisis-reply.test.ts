import { describe, expect, it } from "vitest";
import { buildCrisisReply, crisisCopy, crisisLinesFor, emptySafetyPlan, hasSafetyPlan, isSafetyPlan, screenRisk, tidySafetyPlan, type BuildCrisisReplyInput, type SafetyPlan } from "../../src/index.ts";

const plan: SafetyPlan = {
  warningSigns: ["not sleeping", "pulling away from friends"],
  thingsICanDo: ["cold shower", "walk Biscuit"],
  peopleAndPlaces: ["the library"],
  peopleICanAsk: ["Sam (sister)"],
  professionalsAndLines: ["Dr Rivera"],
  makingSurroundingsSafer: ["give my pills to Sam"],
  reasonsForLiving: ["Biscuit", "seeing Lisbon"],
};

const base: BuildCrisisReplyInput = {
  tier: "urgent",
  categories: ["suicidal-thoughts"],
  safetyPlan: plan,
  crisisLines: crisisLinesFor({ country: "GB" }),
  therapistAlert: { linked: true, consented: true, therapistName: "Dr Rivera" },
};

describe("buildCrisisReply: urgent", () => {
  const reply = buildCrisisReply(base);
  it("acknowledges, stays, walks the plan, shows the lines, offers the therapist, asks about safety — in that order", () => {
    const order = [
      crisisCopy.acknowledge["suicidal-thoughts"],
      crisisCopy.stay.urgent,
      crisisCopy.safetyPlan.intro.urgent,
      "Signs you noticed before: not sleeping; pulling away from friends",
      "What matters to you: Biscuit; seeing Lisbon",
      crisisCopy.lines.intro.urgent,
      "• Emergency services: call 999",
      "• Samaritans: call 116 123 (24/7)",
      "• Shout: text SHOUT to 85258 (24/7)",
      crisisCopy.therapist.offer({ therapist: "Dr Rivera" }),
      crisisCopy.safetyQuestion.self,
    ];
    const positions = order.map((piece) => reply.text.indexOf(piece));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(reply.text.endsWith(crisisCopy.safetyQuestion.self)).toBe(true);
  });
  it("walks through every section of the client's own plan, in their words", () => {
    const part = reply.parts.find((p) => p.kind === "safety-plan");
    expect(part?.kind === "safety-plan" ? part.sections.map((s) => s.section) : []).toEqual(["warningSigns", "thingsICanDo", "peopleAndPlaces", "peopleICanAsk", "professionalsAndLines", "makingSurroundingsSafer", "reasonsForLiving"]);
    expect(reply.safetyPlanShown).toBe(true);
  });
  it("offers the therapist alert as an action, not a question, and does not claim to have sent it", () => {
    expect(reply.therapistAlert).toBe("offered");
    expect(reply.actions.map((a) => a.kind)).toContain("alert-therapist");
    expect(reply.text).not.toContain(crisisCopy.therapist.alerted({ therapist: "Dr Rivera" }));
    expect(reply.text.match(/\?/g)).toHaveLength(1);
    expect(reply.pinCrisisLines).toBe(false);
  });
  it("renders lines with tel: and sms: links", () => {
    expect(reply.emergency?.links).toEqual([{ kind: "call", label: "999", href: "tel:999" }]);
    expect(reply.lines.find((l) => l.name === "Shout")?.links[0]).toEqual({ kind: "text", label: "SHOUT to 85258", href: "sms:85258?body=SHOUT" });
    expect(reply.actions.find((a) => a.kind === "call-line")).toEqual({ kind: "call-line", label: "Call Samaritans", href: "tel:116123" });
  });
  it("uses only fixed copy, the plan and the lines (no model text can get in)", () => {
    const allowed = [
      ...Object.values(crisisCopy.acknowledge),
      crisisCopy.stay.urgent,
      crisisCopy.safetyPlan.intro.urgent,
      crisisCopy.lines.intro.urgent,
      crisisCopy.therapist.offer({ therapist: "Dr Rivera" }),
      crisisCopy.safetyQuestion.self,
    ];
    const paragraphs = reply.parts.filter((p) => p.kind === "paragraph" || p.kind === "question").map((p) => (p.kind === "paragraph" || p.kind === "question" ? p.text : ""));
    for (const paragraph of paragraphs) {
      let rest = paragraph;
      for (const piece of allowed) rest = rest.replace(piece, "");
      expect(rest.trim()).toBe("");
    }
  });
  it("is what the risk screen reads the next answer against", () => {
    expect(screenRisk({ text: "no", context: { previousCompanionMessage: reply.text } }).tier).toBe("imminent");
    expect(screenRisk({ text: "yes", context: { previousCompanionMessage: reply.text } }).tier).toBe("none");
  });
});

describe("buildCrisisReply: plan or no plan, consent or not", () => {
  it("without a plan offers one grounding step and the plan for later", () => {
    const reply = buildCrisisReply({ ...base, safetyPlan: null });
    expect(reply.text).toContain(crisisCopy.noSafetyPlan.urgent);
    expect(reply.safetyPlanShown).toBe(false);
    expect(reply.actions.map((a) => a.kind)).not.toContain("open-safety-plan");
    expect(buildCrisisReply({ ...base, safetyPlan: emptySafetyPlan() }).safetyPlanShown).toBe(false);
  });
  it("without consent, or without a linked therapist, never mentions alerting and points to a trusted person", () => {
    for (const therapistAlert of [{ linked: true, consented: false }, { linked: false, consented: true }, { linked: false, consented: false }]) {
      const reply = buildCrisisReply({ ...base, therapistAlert });
      expect(reply.therapistAlert).toBe("unavailable");
      expect(reply.text).toContain(crisisCopy.therapist.trustedPerson.urgent);
      expect(reply.text).not.toMatch(/therapist know|let .* know/);
      expect(reply.actions.map((a) => a.kind)).not.toContain("alert-therapist");
    }
  });
  it("names the therapist generically when no name is given", () => {
    expect(buildCrisisReply({ ...base, therapistAlert: { linked: true, consented: true } }).text).toContain(crisisCopy.therapist.offer({ therapist: "your therapist" }));
  });
});

describe("buildCrisisReply: imminent", () => {
  const reply = buildCrisisReply({ ...base, tier: "imminent", categories: ["plan-or-means", "suicidal-thoughts"] });
  it("leads with emergency help, keeps the lines prominent and pinned, says the therapist was alerted", () => {
    expect(reply.text.startsWith(crisisCopy.imminentLead.danger({ emergency: "999" }))).toBe(true);
    expect(reply.text.indexOf(crisisCopy.lines.intro.imminent)).toBeLessThan(reply.text.indexOf(crisisCopy.safetyPlan.intro.imminent));
    expect(reply.pinCrisisLines).toBe(true);
    expect(reply.therapistAlert).toBe("alerted");
    expect(reply.text).toContain(crisisCopy.therapist.alerted({ therapist: "Dr Rivera" }));
    expect(reply.actions[0]).toEqual({ kind: "call-emergency", label: "Call 999", href: "tel:999" });
    expect(reply.actions.map((a) => a.kind)).not.toContain("alert-therapist");
  });
  it("walks only the parts of the plan that help in the next minutes, reasons first, and speaks to means", () => {
    const part = reply.parts.find((p) => p.kind === "safety-plan");
    expect(part?.kind === "safety-plan" ? part.sections.map((s) => s.section) : []).toEqual(["reasonsForLiving", "peopleICanAsk", "makingSurroundingsSafer", "professionalsAndLines"]);
    expect(reply.text).toContain(crisisCopy.saferSurroundings);
  });
  it("differs from urgent", () => {
    const urgent = buildCrisisReply(base);
    expect(reply.text).not.toBe(urgent.text);
    expect(reply.text).not.toContain(crisisCopy.stay.urgent);
  });
  it("an attempt under way asks for emergency help even if the client feels okay", () => {
    const attempt = buildCrisisReply({ ...base, tier: "imminent", categories: ["attempt-in-progress"], crisisLines: crisisLinesFor({ country: "US" }) });
    expect(attempt.text.startsWith(crisisCopy.imminentLead.attempt({ emergency: "911" }))).toBe(true);
    expect(attempt.text).toContain("988 Suicide & Crisis Lifeline: call or text 988 (24/7)");
  });
  it("without consent asks the client to reach a trusted person", () => {
    const unlinked = buildCrisisReply({ ...base, tier: "imminent", therapistAlert: { linked: true, consented: false } });
    expect(unlinked.text).toContain(crisisCopy.therapist.trustedPerson.imminent);
    expect(unlinked.therapistAlert).toBe("unavailable");
  });
});

describe("buildCrisisReply: categories and countries", () => {
  it("abuse and harm to others get their own acknowledgement and safety question", () => {
    const abuse = buildCrisisReply({ ...base, categories: ["abuse-or-violence"] });
    expect(abuse.text.startsWith(crisisCopy.acknowledge["abuse-or-violence"])).toBe(true);
    expect(abuse.text.endsWith(crisisCopy.safetyQuestion.abuse)).toBe(true);
    const others = buildCrisisReply({ ...base, categories: ["harm-to-others"] });
    expect(others.text.startsWith(crisisCopy.acknowledge["harm-to-others"])).toBe(true);
    expect(others.text.endsWith(crisisCopy.safetyQuestion.others)).toBe(true);
    expect(buildCrisisReply({ ...base, categories: ["self-harm"] }).text.startsWith(crisisCopy.acknowledge["self-harm"])).toBe(true);
  });
  it("shows the client's country's lines, and the international fallback when unknown", () => {
    const nz = buildCrisisReply({ ...base, crisisLines: crisisLinesFor({ country: "NZ" }) });
    expect(nz.text).toContain("Need to talk? 1737: call or text 1737 (24/7)");
    expect(nz.country).toBe("NZ");
    const unknown = buildCrisisReply({ ...base, tier: "imminent", crisisLines: crisisLinesFor({ country: null }) });
    expect(unknown.country).toBe("INTL");
    expect(unknown.emergency).toBeNull();
    expect(unknown.text).toContain(crisisCopy.lines.noEmergency);
    expect(unknown.text).toContain(crisisCopy.unknownEmergency);
    expect(unknown.text).toContain("findahelpline.com");
    expect(unknown.actions.map((a) => a.kind)).toContain("open-line-website");
  });
});

describe("safety plan helpers", () => {
  it("tidies, detects and validates plans", () => {
    const messy = { ...emptySafetyPlan(), thingsICanDo: ["  walk  ", "", "x".repeat(500)] };
    expect(tidySafetyPlan(messy).thingsICanDo).toEqual(["walk", "x".repeat(200)]);
    expect(hasSafetyPlan(messy)).toBe(true);
    expect(hasSafetyPlan(emptySafetyPlan())).toBe(false);
    expect(hasSafetyPlan(null)).toBe(false);
    expect(isSafetyPlan(plan)).toBe(true);
    expect(isSafetyPlan({ ...plan, reasonsForLiving: "Biscuit" })).toBe(false);
  });
});
