import { describe, expect, it } from "vitest";
import { formatRelative, fromLocalInputValue, levelAtLeast, linesOf, toLocalInputValue, totpSecretOf } from "../../src/therapist/format.ts";

describe("levelAtLeast", () => {
  it("follows the order signals < moments < summaries < transcripts", () => {
    expect(levelAtLeast("signals", "summaries")).toBe(false);
    expect(levelAtLeast("moments", "summaries")).toBe(false);
    expect(levelAtLeast("summaries", "summaries")).toBe(true);
    expect(levelAtLeast("transcripts", "summaries")).toBe(true);
    expect(levelAtLeast("summaries", "transcripts")).toBe(false);
  });
});

describe("linesOf", () => {
  it("trims lines and drops blank ones", () => {
    expect(linesOf("  call Sam \n\n\t\nwalk  \n")).toEqual(["call Sam", "walk"]);
    expect(linesOf("")).toEqual([]);
  });
});

describe("local date-time inputs", () => {
  it("round-trips a minute-precise moment through the input's value", () => {
    const moment = new Date(2026, 10, 26, 9, 5);
    const value = toLocalInputValue(moment);
    expect(value).toBe("2026-11-26T09:05");
    expect(fromLocalInputValue(value)).toBe(moment.toISOString());
  });
  it("refuses what is not a date", () => {
    expect(fromLocalInputValue("")).toBeNull();
    expect(fromLocalInputValue("not a date")).toBeNull();
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it("picks the largest whole unit", () => {
    expect(formatRelative(null, now)).toBe("no activity yet");
    expect(formatRelative("2026-11-26T11:59:40Z", now)).toBe("just now");
    expect(formatRelative("2026-11-26T11:00:00Z", now)).toMatch(/1 hour ago/);
    expect(formatRelative("2026-11-23T12:00:00Z", now)).toMatch(/3 days ago/);
  });
});

describe("totpSecretOf", () => {
  it("reads the secret from an otpauth URI, in groups of four", () => {
    expect(totpSecretOf("otpauth://totp/Between:dr%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=Between&digits=6&period=30")).toBe("JBSW Y3DP EHPK 3PXP");
  });
  it("gives null when there is none", () => {
    expect(totpSecretOf("otpauth://totp/Between?issuer=Between")).toBeNull();
    expect(totpSecretOf("not a uri")).toBeNull();
  });
});
