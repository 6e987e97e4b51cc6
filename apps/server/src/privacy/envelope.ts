// Envelope encryption for everything a client writes: AES-256-GCM under a per-client data key,
// itself wrapped by the master key. Erasing a client deletes their wrapped key, so any copy of
// their ciphertext (a backup, a stray row) is unreadable from then on.
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.ts";
import { clientKey } from "../db/schema/index.ts";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function seal(key: Buffer | KeyObject, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer | KeyObject, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
    throw new Error("ciphertext is not in a format this version reads");
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/** Encrypts and decrypts one client's text. The client id is bound in, so rows cannot be swapped between clients. */
export interface ClientCipher {
  encrypt: (plaintext: string) => Buffer;
  decrypt: (ciphertext: Buffer) => string;
  encryptJson: (value: unknown) => Buffer;
  /** Parsed JSON; callers check its shape. */
  decryptJson: (ciphertext: Buffer) => unknown;
}

export class ClientKeyMissingError extends Error {
  override name = "ClientKeyMissingError";
}

export interface Keyring {
  /** The client's cipher, creating their data key on first use. */
  forClient: (exec: Executor, clientId: string) => Promise<ClientCipher>;
  /** The client's cipher if their key still exists (it does not after erasure). */
  existingForClient: (exec: Executor, clientId: string) => Promise<ClientCipher | undefined>;
  /** Destroys the client's data key: their ciphertext becomes unreadable. */
  destroy: (exec: Executor, clientId: string) => Promise<void>;
}

const CACHE_LIMIT = 10_000;

export function createKeyring(masterKey: Buffer): Keyring {
  if (masterKey.length !== 32) throw new Error("the master key must be 32 bytes");
  // Unwrapped keys are cached (bounded) so a brief over thousands of messages unwraps once.
  const cache = new Map<string, ClientCipher>();
  const wrapAad = (clientId: string) => `between:client-key:v1:${clientId}`;

  function cipherFor(clientId: string, dataKey: Buffer): ClientCipher {
    const aad = `between:client-data:v1:${clientId}`;
    // A KeyObject made once: a raw key would be converted again for every message decrypted.
    const key = createSecretKey(dataKey);
    const encrypt = (plaintext: string) => seal(key, Buffer.from(plaintext, "utf8"), aad);
    const decrypt = (ciphertext: Buffer) => open(key, ciphertext, aad).toString("utf8");
    return {
      encrypt,
      decrypt,
      encryptJson: (value) => encrypt(JSON.stringify(value)),
      decryptJson: (ciphertext: Buffer): unknown => JSON.parse(decrypt(ciphertext)),
    };
  }

  function remember(clientId: string, cipher: ClientCipher): ClientCipher {
    if (cache.size >= CACHE_LIMIT) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(clientId, cipher);
    return cipher;
  }

  async function load(exec: Executor, clientId: string): Promise<ClientCipher | undefined> {
    const cached = cache.get(clientId);
    if (cached !== undefined) return cached;
    const [row] = await exec.select().from(clientKey).where(eq(clientKey.clientId, clientId));
    if (row === undefined) return undefined;
    return remember(clientId, cipherFor(clientId, open(masterKey, row.wrappedKey, wrapAad(clientId))));
  }

  return {
    existingForClient: load,
    async forClient(exec, clientId) {
      const existing = await load(exec, clientId);
      if (existing !== undefined) return existing;
      const dataKey = randomBytes(32);
      await exec
        .insert(clientKey)
        .values({ clientId, wrappedKey: seal(masterKey, dataKey, wrapAad(clientId)) })
        .onConflictDoNothing();
      // Another request may have created the key first: read back whichever won.
      const created = await load(exec, clientId);
      if (created === undefined) throw new ClientKeyMissingError("the client's data key could not be created");
      return created;
    },
    async destroy(exec, clientId) {
      cache.delete(clientId);
      await exec.delete(clientKey).where(eq(clientKey.clientId, clientId));
    },
  };
}
