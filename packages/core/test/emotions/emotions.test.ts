import { describe, expect, it } from "vitest";
import {
  builtInEmotionWeights,
  checkEmotionWeights,
  classifyEmotions,
  createEmotionModel,
  ekmanGroups,
  ekmanMapping,
  emotionFeatures,
  emotionFeaturesVersion,
  goEmotionLabels,
  predictEkmanEmotions,
  predictEmotions,
  type EmotionWeights,
} from "../../src/index.ts";

describe("the emotion model's features", () => {
  it("has unigrams, bigrams with a sentence start, word prefixes and negation scope", () => {
    const features = emotionFeatures("I'm not happy. Thanks!!");
    expect(features).toEqual(expect.arrayContaining(["i'm", "<s> i'm", "not happy", "not:happy", "thanks", "<s> thanks", "thanks !", "!"]));
    expect(emotionFeatures("disappointed")).toContain("~disap");
    // Negation stops at the clause's end.
    expect(emotionFeatures("not now, happy")).not.toContain("not:happy");
  });
});

describe("the committed weights", () => {
  it("match the label set and the feature code", () => {
    expect(() => { checkEmotionWeights(builtInEmotionWeights); }).not.toThrow();
    expect(builtInEmotionWeights.labels).toEqual([...goEmotionLabels]);
    expect(builtInEmotionWeights.featuresVersion).toBe(emotionFeaturesVersion);
    expect(builtInEmotionWeights.source).toContain("GoEmotions");
  });

  it("give every label some features of its own", () => {
    const perLabel = new Array<number>(goEmotionLabels.length).fill(0);
    for (const posting of builtInEmotionWeights.weights) for (let i = 0; i < posting.length; i += 2) perLabel[posting[i] ?? 0] = (perLabel[posting[i] ?? 0] ?? 0) + 1;
    expect(perLabel.every((count) => count > 20)).toBe(true);
  });

  it("are refused when they do not fit the code", () => {
    const base: EmotionWeights = builtInEmotionWeights;
    expect(() => { checkEmotionWeights({ ...base, labels: [...base.labels].reverse() }); }).toThrow(/labels/);
    expect(() => { checkEmotionWeights({ ...base, featuresVersion: emotionFeaturesVersion + 1 }); }).toThrow(/features version/);
    expect(() => { checkEmotionWeights({ ...base, thresholds: base.thresholds.slice(1) }); }).toThrow(/thresholds/);
    expect(() => { checkEmotionWeights({ ...base, weights: [[99, 1], ...base.weights.slice(1)] }); }).toThrow(/out of range/);
  });
});

describe("classifyEmotions", () => {
  it.each([
    ["Thank you so much, that really helped.", "gratitude"],
    ["I'm so angry at him I could scream", "anger"],
    ["I miss my mum so much since she died", "grief"],
    ["I'm really nervous about tomorrow's interview", "nervousness"],
    ["I'm scared he'll leave me", "fear"],
    ["Haha that's hilarious", "amusement"],
    ["I'm so proud of my daughter", "pride"],
    ["I'm sorry, it was my fault", "remorse"],
    ["I feel so embarrassed about what I said", "embarrassment"],
    ["I'm so sad today", "sadness"],
    ["That's disgusting", "disgust"],
    ["I hope it goes well", "optimism"],
  ])("labels %j with %s", (text, label) => {
    expect(classifyEmotions(text)).toContain(label);
  });

  it("gives nothing for plain statements of fact", () => {
    for (const text of ["I went to the shop.", "The meeting is on Tuesday at 3pm.", "We moved the table into the other room."]) {
      expect(classifyEmotions(text)).toEqual([]);
    }
  });

  it("never returns neutral, while the full labelling does", () => {
    expect(predictEmotions("I went to the shop.")).toEqual(["neutral"]);
    for (const text of ["I went to the shop.", "I'm so angry at him I could scream", ""]) expect(classifyEmotions(text)).not.toContain("neutral");
  });

  it("is deterministic and agrees with a model built from the same weights", () => {
    const fresh = createEmotionModel(structuredClone(builtInEmotionWeights));
    for (const text of ["I miss my mum so much since she died", "What do you mean by that?", "ok"]) {
      expect(classifyEmotions(text)).toEqual(classifyEmotions(text));
      expect(fresh.classify(text)).toEqual(classifyEmotions(text));
      expect(fresh.margins(text)).toEqual(fresh.margins(text));
    }
  });

  it("gives labels in GoEmotions order, without repeats", () => {
    const labels = classifyEmotions("I miss my mum so much since she died, I'm so sad and scared");
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    const order = labels.map((label) => goEmotionLabels.indexOf(label));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("predictEmotions and the Ekman grouping", () => {
  it("always gives at least one label, and Ekman groups consistent with the mapping", () => {
    for (const text of ["", "?", "I'm so angry at him I could scream", "I'm so proud of my daughter"]) {
      expect(predictEmotions(text).length).toBeGreaterThan(0);
      expect(predictEkmanEmotions(text).length).toBeGreaterThan(0);
      for (const group of predictEkmanEmotions(text)) expect(ekmanGroups).toContain(group);
    }
    expect(predictEkmanEmotions("I'm so angry at him I could scream")).toContain("anger");
    expect(predictEkmanEmotions("I'm so proud of my daughter")).toEqual(["joy"]);
    expect(Object.values(ekmanMapping).flat().sort()).toEqual([...goEmotionLabels].sort());
  });
});
