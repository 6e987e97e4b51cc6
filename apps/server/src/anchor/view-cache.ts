// An in-memory cache of computed anchor views (signals, charts, brief). Entries are keyed by the
// client, the therapist, the consent level, the time zone, the window and a data version read from
// the database on every request (readDataVersions): a new message, a conversation turned private, a
// record changed, a session recorded or an alert acknowledged changes the version, so a stale entry
// is never found again; a consent change changes the level in the key, and a revoked link never gets
// as far as the cache. Bounded (least recently used goes first); one cache per running app.
// Beside it, decrypted buckets are kept by row version, so a view recomputed after a new message
// reads and decrypts only the bucket that message changed.
import type { Bucket } from "@between/core";
import type { AppContext } from "../context.ts";

const MAX_ENTRIES = 500;

export class ViewCache<T> {
  private readonly entries = new Map<string, T>();
  private readonly max: number;
  hits = 0;
  misses = 0;

  constructor(max = MAX_ENTRIES) {
    this.max = max;
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface ViewKey {
  clientId: string;
  therapistId: string;
  level: string;
  timeZone: string;
  from: number;
  to: number;
  asOf: number;
  version: string;
}

export function viewKey(key: ViewKey): string {
  return [key.clientId, key.therapistId, key.level, key.timeZone, key.from, key.to, key.asOf, key.version].join("|");
}

const caches = new WeakMap<AppContext, ViewCache<unknown>>();

/** The app's cache (one per AppContext, so tests' servers never share one). */
export function anchorCache<T>(ctx: AppContext): ViewCache<T> {
  let cache = caches.get(ctx);
  if (cache === undefined) {
    cache = new ViewCache<unknown>();
    caches.set(ctx, cache);
  }
  return cache as ViewCache<T>;
}

const buckets = new WeakMap<AppContext, ViewCache<Bucket>>();

/** Decrypted analysis buckets by (conversation, week, row version): see readBucketBodies. */
export function bucketCache(ctx: AppContext): ViewCache<Bucket> {
  let cache = buckets.get(ctx);
  if (cache === undefined) {
    cache = new ViewCache<Bucket>(20_000);
    buckets.set(ctx, cache);
  }
  return cache;
}
