// A small, independent RFC 6238 (TOTP) / RFC 4226 (HOTP) implementation, so tests compute second-factor
// codes the way an authenticator app does rather than by asking the server under test.
import { createHmac } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32, as used in otpauth:// URIs (padding optional, case-insensitive). */
export function base32Decode(encoded: string): Buffer {
  const clean = encoded.toUpperCase().replace(/=+$/, "").replace(/\s/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function hotp(options: { secret: Buffer; counter: number; digits?: number; algorithm?: "sha1" | "sha256" | "sha512" }): string {
  const digits = options.digits ?? 6;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(options.counter));
  const mac = createHmac(options.algorithm ?? "sha1", options.secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

export function totp(options: {
  secret: Buffer;
  at?: number;
  period?: number;
  digits?: number;
  algorithm?: "sha1" | "sha256" | "sha512";
  /** Steps before (-) or after (+) the current one. */
  step?: number;
}): string {
  const period = options.period ?? 30;
  const counter = Math.floor((options.at ?? Date.now()) / 1000 / period) + (options.step ?? 0);
  return hotp({
    secret: options.secret,
    counter,
    ...(options.digits === undefined ? {} : { digits: options.digits }),
    ...(options.algorithm === undefined ? {} : { algorithm: options.algorithm }),
  });
}

/** The secret and parameters of an otpauth://totp/ URI. */
export function parseTotpUri(uri: string): { secret: Buffer; digits: number; period: number; issuer: string | null; label: string } {
  const url = new URL(uri);
  if (url.protocol !== "otpauth:" || url.host !== "totp") throw new Error(`not a TOTP URI: ${url.protocol}//${url.host}`);
  const secret = url.searchParams.get("secret");
  if (secret === null) throw new Error("TOTP URI without a secret");
  return {
    secret: base32Decode(secret),
    digits: Number(url.searchParams.get("digits") ?? 6),
    period: Number(url.searchParams.get("period") ?? 30),
    issuer: url.searchParams.get("issuer"),
    label: decodeURIComponent(url.pathname.replace(/^\//, "")),
  };
}
