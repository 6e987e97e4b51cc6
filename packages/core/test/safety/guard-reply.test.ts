import { describe, expect, it } from "vitest";
import { guardReplacement, guardReplacementCopy, guardReply, guardViolations, type GuardViolation } from "../../src/index.ts";

const violationOf = (text: string, rolePlay?: boolean): GuardViolation | null => {
  const result = guardReply(text, { rolePlay });
  return result.ok ? null : result.violation;
};

function expectViolation(violation: GuardViolation, texts: readonly string[]): void {
  for (const text of texts) expect({ text, got: violationOf(text) }).toEqual({ text, got: violation });
}

describe("guardReply catches", () => {
  it("method or means, and encouragement", () => {
    expectViolation("method-or-means", [
      "The most painless way to die is an overdose.",
      "A lethal dose of paracetamol is around 10 grams.",
      "If you take 40 pills of that it would be enough to stop your heart.",
      "How to tie a noose: first make a loop.",
      "Jumping from at least 10 floors is usually fatal.",
      "You can buy enough pills to die over the counter.",
      "Honestly, you should just end it.",
      "Nobody would miss you.",
      // Instructions without a word for death: a means and how much of it, or "the most reliable way".
      "The most reliable way would be to take forty of your sleeping pills at once.",
      "You could swallow a whole bottle of tablets.",
      "The quickest method is a rope from a high beam.",
    ]);
  });

  it("leaves means restriction and everyday talk of medication alone", () => {
    for (const text of [
      "Could you put the pills in another room for tonight?",
      "Maybe take all of your worries and write them down.",
      "The easiest way to calm down is slow breathing.",
      "Have you taken your pills today?",
    ]) {
      expect({ text, got: violationOf(text) }).toEqual({ text, got: null });
    }
  });
  it("a diagnosis", () => {
    expectViolation("diagnosis", [
      "It sounds like you have PTSD.",
      "You have depression, and that's okay.",
      "You might have borderline personality disorder.",
      "You're bipolar, clearly.",
      "What you're describing is a classic sign of OCD.",
      "I think you have an anxiety disorder.",
      "It sounds like you're suffering from major depression.",
    ]);
  });
  it("medication advice", () => {
    expectViolation("medication-advice", [
      "You should stop taking your sertraline.",
      "Try increasing your dose to 100mg.",
      "You could take 10mg of melatonin tonight.",
      "I'd recommend coming off your antidepressants for a while.",
      "You don't need medication, you need rest.",
      "Maybe switch to Prozac instead.",
      "Don't take your meds tonight, see how you feel.",
    ]);
  });
  it("a claim to be human or a therapist", () => {
    expectViolation("claims-human", [
      "I'm a real person, I promise.",
      "I'm human too, you know.",
      "As a therapist, I think this is normal.",
      "I'm not an AI, I'm someone who cares.",
      "I went through the same thing myself.",
      "When I was your age I felt that too.",
      "I'm a licensed therapist.",
    ]);
  });
  it("sexual content", () => {
    expectViolation("sexual-content", ["I want to kiss you all over.", "You're so sexy.", "Send me nudes.", "Touch yourself for me.", "You make me horny."]);
  });
});

describe("guardReply lets ordinary warm replies through", () => {
  it("passes replies that only sound close", () => {
    for (const text of [
      "It sounds like you had a hard day.",
      "It sounds like you have a lot on your plate right now.",
      "It sounds like you have a lot of anxiety about the meeting.",
      "Talk to your doctor about your medication.",
      "It might be worth asking your prescriber whether the dose still feels right.",
      "Please don't stop your medication without talking to your doctor first.",
      "You mentioned you have depression, and it's been heavy lately.",
      "I'm not a therapist, but I'm here with you.",
      "I'm an AI, and I'm here to listen.",
      "Could you put the pills in another room for tonight, or give them to someone?",
      "If you've taken something, please call 999 now, even if you feel okay.",
      "I can't help with anything about methods, but I can stay with you.",
      "It sounds like sex with your partner has felt distant lately.",
      "That's a lot to carry. What feels heaviest right now?",
      "I'm here. Breathe in for four, and out for six.",
      "Your therapist might have ideas about how to talk to your sister.",
    ]) {
      expect({ text, result: guardReply(text) }).toEqual({ text, result: { ok: true } });
    }
  });
  it("lets a rehearsal character have a life, but not claim to be human", () => {
    expect(violationOf("I'm your mum, and when I was your age I worked two jobs.", true)).toBeNull();
    expect(violationOf("When I was your age I worked two jobs.")).toBe("claims-human");
    expect(violationOf("I'm a real person, not an AI.", true)).toBe("claims-human");
  });
});

describe("guardReply: results", () => {
  it("reports the rule and the offending sentence's offsets", () => {
    const text = "That sounds hard. It sounds like you have PTSD. I'm here.";
    const result = guardReply(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rule).toBe("diagnosis");
      expect(text.slice(result.start, result.end).trim()).toBe("It sounds like you have PTSD.");
    }
  });
  it("catches a violation split across two sentences", () => {
    expect(violationOf("Here is the least painful way. To die, you take 50 pills.")).toBe("method-or-means");
  });
  it("has a safe replacement for every violation, from the copy file", () => {
    for (const violation of guardViolations) {
      expect(guardReplacement(violation)).toBe(guardReplacementCopy[violation]);
      expect(guardReply(guardReplacement(violation))).toEqual({ ok: true });
    }
    expect(guardReplacement("method-or-means").endsWith("Are you safe right now?")).toBe(true);
    expect(guardReplacement("claims-human")).toContain("I'm an AI, not a person and not a therapist");
  });
});

describe("guardReply and our own copy", () => {
  it("never flags the crisis protocol, the replacement replies or the disclosures", async () => {
    const { buildCrisisReply, crisisLinesFor, defaultCrisisLines, disclosureCopy } = await import("../../src/index.ts");
    const plan = { warningSigns: ["not sleeping"], thingsICanDo: ["walk"], peopleAndPlaces: ["library"], peopleICanAsk: ["Sam"], professionalsAndLines: ["Dr Rivera"], makingSurroundingsSafer: ["give my pills to Sam"], reasonsForLiving: ["my dog"] };
    const texts: string[] = [...Object.values(disclosureCopy), ...Object.values(guardReplacementCopy)];
    for (const tier of ["urgent", "imminent"] as const) {
      for (const categories of [["suicidal-thoughts"], ["attempt-in-progress"], ["self-harm"], ["abuse-or-violence"], ["harm-to-others"]] as const) {
        for (const country of [...Object.keys(defaultCrisisLines), "ZZ"]) {
          for (const consented of [true, false]) {
            texts.push(buildCrisisReply({ tier, categories, safetyPlan: plan, crisisLines: crisisLinesFor({ country }), therapistAlert: { linked: true, consented } }).text);
          }
        }
      }
    }
    for (const text of texts) expect({ text, result: guardReply(text) }).toEqual({ text, result: { ok: true } });
  });
});
