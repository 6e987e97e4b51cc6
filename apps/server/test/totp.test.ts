// The test support's TOTP must be right before it can prove the server's second factor works:
// RFC 6238 Appendix B and RFC 4226 Appendix D test vectors.
import { describe, expect, it } from "vitest";
import { base32Decode, hotp, parseTotpUri, totp } from "./support/totp.ts";

const sha1Secret = Buffer.from("12345678901234567890", "ascii");
const sha256Secret = Buffer.from("12345678901234567890123456789012", "ascii");
const sha512Secret = Buffer.from("1234567890123456789012345678901234567890123456789012345678901234", "ascii");

describe("test support: TOTP", () => {
  it("matches the RFC 4226 HOTP vectors", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, counter) => hotp({ secret: sha1Secret, counter }))).toEqual(expected);
  });

  it.each([
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ])("matches the RFC 6238 vectors at T=%i", (seconds, sha1, sha256, sha512) => {
    const at = seconds * 1000;
    expect(totp({ secret: sha1Secret, at, digits: 8 })).toBe(sha1);
    expect(totp({ secret: sha256Secret, at, digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(totp({ secret: sha512Secret, at, digits: 8, algorithm: "sha512" })).toBe(sha512);
  });

  it("decodes base32 and otpauth URIs", () => {
    expect(base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").toString("ascii")).toBe("12345678901234567890");
    const parsed = parseTotpUri("otpauth://totp/Between:therapist%40example.test?secret=GEZDGNBVGY3TQOJQ&issuer=Between&digits=6&period=30");
    expect(parsed.secret.toString("ascii")).toBe("1234567890");
    expect(parsed).toMatchObject({ digits: 6, period: 30, issuer: "Between", label: "Between:therapist@example.test" });
  });
});
