import { describe, expect, it } from "vitest";
import { crisisLinesFor, defaultCrisisLines, internationalCrisisLines, smsHref, telHref, validateCrisisLineDirectory } from "../../src/index.ts";

describe("defaultCrisisLines", () => {
  it("covers the required countries, each with an emergency number and a 24/7 line", () => {
    for (const country of ["US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "NL", "ES", "IN"]) {
      const entry = defaultCrisisLines[country];
      expect(entry?.country).toBe(country);
      expect(entry?.emergency?.number).toMatch(/^\d{2,3}$/);
      expect(entry?.lines.some((line) => line.hours === "24/7" && (line.phone !== undefined || line.text !== undefined))).toBe(true);
    }
  });
  it("has the well-known numbers", () => {
    const phones = (country: string): string[] => defaultCrisisLines[country]?.lines.flatMap((line) => [line.phone ?? "", line.text?.number ?? ""]) ?? [];
    expect(phones("US")).toContain("988");
    expect(phones("CA")).toContain("988");
    expect(phones("GB")).toEqual(expect.arrayContaining(["116 123", "85258"]));
    expect(phones("IE")).toEqual(expect.arrayContaining(["116 123", "1800 247 247", "50808"]));
    expect(phones("AU")).toContain("13 11 14");
    expect(phones("NZ")).toContain("1737");
    expect(phones("DE")).toEqual(expect.arrayContaining(["0800 111 0 111", "0800 111 0 222"]));
    expect(phones("FR")).toContain("3114");
    expect(phones("NL")).toEqual(expect.arrayContaining(["113", "0800 0113"]));
    expect(phones("ES")).toContain("024");
    expect(phones("IN")).toContain("14416");
    expect(defaultCrisisLines.GB?.emergency?.number).toBe("999");
    expect(defaultCrisisLines.AU?.emergency?.number).toBe("000");
    expect(defaultCrisisLines.NZ?.emergency?.number).toBe("111");
    expect(defaultCrisisLines.US?.emergency?.number).toBe("911");
  });
  it("passes its own validator", () => {
    expect(validateCrisisLineDirectory(defaultCrisisLines)).toEqual({ ok: true, value: defaultCrisisLines });
    expect(validateCrisisLineDirectory({ INTL: internationalCrisisLines }).ok).toBe(true);
  });
});

describe("crisisLinesFor", () => {
  it("finds a country in any case, and reads UK as GB", () => {
    expect(crisisLinesFor({ country: "gb" }).country).toBe("GB");
    expect(crisisLinesFor({ country: "UK" }).country).toBe("GB");
    expect(crisisLinesFor({ country: " nz " }).country).toBe("NZ");
  });
  it("falls back to the international list when the country is unknown or missing", () => {
    expect(crisisLinesFor({ country: null })).toBe(internationalCrisisLines);
    expect(crisisLinesFor({ country: "ZZ" })).toBe(internationalCrisisLines);
    expect(internationalCrisisLines.emergency).toBeNull();
  });
  it("uses an admin-edited directory when given one", () => {
    const edited = { ...defaultCrisisLines, PT: { country: "PT", countryName: "Portugal", emergency: { number: "112", label: "Emergency services" }, lines: [{ name: "SNS 24", description: "Health line", phone: "808 24 24 24", hours: "24/7" }] } };
    expect(crisisLinesFor({ country: "PT", directory: edited }).lines[0]?.name).toBe("SNS 24");
  });
});

describe("links", () => {
  it("builds tel: and sms: links", () => {
    expect(telHref("116 123")).toBe("tel:116123");
    expect(telHref("1-800-668-6868")).toBe("tel:18006686868");
    expect(smsHref({ number: "85258", keyword: "SHOUT" })).toBe("sms:85258?body=SHOUT");
    expect(smsHref({ number: "0477 13 11 14" })).toBe("sms:0477131114");
  });
});

describe("validateCrisisLineDirectory", () => {
  it("reports what is wrong, with where", () => {
    const result = validateCrisisLineDirectory({ gb: { country: "GB", countryName: "", emergency: { number: "nine", label: "" }, lines: [{ name: "X", description: "d", hours: "", url: "http://insecure" }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          expect.stringContaining("gb: key must be"),
          expect.stringContaining("gb.countryName"),
          expect.stringContaining("gb.emergency.number"),
          expect.stringContaining("gb.lines[0].hours"),
          expect.stringContaining("gb.lines[0].url"),
        ]),
      );
    }
    expect(validateCrisisLineDirectory([]).ok).toBe(false);
    expect(validateCrisisLineDirectory({ FR: { country: "FR", countryName: "France", emergency: null, lines: [] } }).ok).toBe(false);
  });
});
