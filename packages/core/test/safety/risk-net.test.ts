// The broad net under the risk screen (risk-net.ts): its families, how combinations raise the tier,
// and the protections it shares with the phrase rules. Every sentence here is in no eval file, so
// these tests say what the net generalises to, not what it was tuned on.
import { describe, expect, it } from "vitest";
import { explainRisk, screenRisk, type RiskTier } from "../../src/index.ts";
import { findNetHits, type NetFamily } from "../../src/safety/risk-net.ts";
import { normaliseText } from "../../src/safety/normalise-text.ts";

function expectTiers(cases: readonly (readonly [string, RiskTier])[]): void {
  for (const [text, tier] of cases) expect({ text, tier: screenRisk({ text }).tier }).toEqual({ text, tier });
}

const familiesOf = (text: string): NetFamily[] => [...new Set(findNetHits(normaliseText(text).text).map((hit) => hit.family))].sort();

describe("risk net: families", () => {
  it("death and not existing, inside a frame of wanting, imagining or welcoming it", () => {
    expectTiers([
      ["honestly id be relieved if i just never woke up again", "urgent"],
      ["part of me wants to stop existing altogether", "urgent"],
      ["i keep daydreaming about disappearing for good", "urgent"],
      ["death sounds peaceful right now", "urgent"],
      ["all i want is to be gone", "urgent"],
    ]);
  });
  it("life refused: the negation is the risk", () => {
    expectTiers([
      ["im honestly so tired of being alive these days", "urgent"],
      ["i dont see a reason to keep living", "urgent"],
    ]);
  });
  it("a method after a wish is urgent; after an intent with a time it is imminent", () => {
    expectTiers([
      ["sometimes i think about stepping in front of the bus", "urgent"],
      ["been thinking of driving off the road on the way home", "urgent"],
      ["im going to walk into the river after dark", "imminent"],
      ["im ending it tomorrow", "imminent"],
    ]);
  });
  it("self-harm on the body, burden", () => {
    expectTiers([
      ["scratching my wrists with my keys till they bleed", "urgent"],
      ["burned my arm with the straightener on purpose", "urgent"],
      ["my family would be happier if i was gone", "urgent"],
      ["would anyone care if i vanished", "urgent"],
    ]);
  });
  it("death with means or leaving near it is imminent", () => {
    expectTiers([
      ["i want to die and i have a drawer full of pills", "imminent"],
      ["i want it all to end, ive written notes for everyone", "imminent"],
    ]);
  });
  it("acts stand on their own: a lethal quantity, a ledge, a stockpile, research, the body's signs, farewells", () => {
    expectTiers([
      ["downed a whole box of my sleeping tablets", "imminent"],
      ["perched on the railing of the footbridge", "imminent"],
      ["been hoarding my pain meds in a sock", "imminent"],
      ["what dose of insulin would be fatal", "imminent"],
      ["the pills are starting to work, i feel so heavy", "imminent"],
      ["goodbye everyone, thank you for everything", "imminent"],
    ]);
  });
  it("classes holdout-3 showed missing: a time inside the intent, means that pull, resolve, a time by someone else's clock", () => {
    expectTiers([
      ["this weekend i end this once and for all", "imminent"],
      ["gonna yeet myself in front of the tram", "urgent"],
      ["the rope in the shed keeps calling to me", "urgent"],
      ["i wont make it to christmas, ill make sure of it", "imminent"],
      ["i wont be around by the time you read this", "imminent"],
      ["i just want to give up and fade", "urgent"],
    ]);
  });
  it("finds families by kind, not by sentence", () => {
    expect(familiesOf("thinking about not waking up, the tablets are in my bag")).toEqual(["death", "means"]);
    expect(familiesOf("after my dad goes to bed")).toEqual(["time"]);
    expect(familiesOf("my phone is dying")).toEqual([]);
  });
  it("reports the net's cues with spans in the client's own text", () => {
    const text = "Honestly I'd be relieved if I never woke up";
    const net = explainRisk({ text }).cues.filter((cue) => cue.rule.startsWith("net."));
    expect(net.length).toBeGreaterThan(0);
    for (const cue of net) expect(text.slice(cue.start, cue.end).toLowerCase()).toContain("woke up");
  });
});

describe("risk net: protections", () => {
  it("negation", () => {
    expectTiers([
      ["i do not want to die, i want help", "none"],
      ["i would never end my own life", "none"],
      ["im not thinking about disappearing, just tired", "none"],
    ]);
  });
  it("other people and people in general", () => {
    expectTiers([
      ["my cousin keeps saying she wants to stop existing", "concern"],
      ["people who want to die need support", "none"],
      ["we are all going to die someday, so enjoy your coffee", "none"],
    ]);
  });
  it("fiction and quotes", () => {
    expectTiers([
      ["in the film the girl walks into the sea at the end", "none"],
      ['the song goes "i want to disappear forever"', "none"],
    ]);
  });
  it("the past, when it is over", () => {
    expectTiers([["years ago i wanted to stop existing but im doing well now", "concern"]]);
  });
  it("figures of speech and things that die", () => {
    expectTiers([
      ["my laptop is dying and i lost my essay", "none"],
      ["the hamster died last night, my daughter is sad", "none"],
      ["this chemistry homework makes me want to disappear lol so boring", "none"],
      ["im dying to try that new ramen place", "none"],
    ]);
  });
  it("everyday means, times and leaving", () => {
    expectTiers([
      ["took a couple of ibuprofen for my migraine", "none"],
      ["bought a climbing rope for the indoor wall", "none"],
      ["the train to leeds was cancelled tonight", "none"],
      ["gave away my sofa because im moving flats", "none"],
      ["my last shift before the holidays is tomorrow", "none"],
      ["sharpened the kitchen knives for sunday roast", "none"],
    ]);
  });
});
