import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The channel PostgreSQL triggers notify when a cached row changes; the payload is
 * `<namespace>:<key>` (a migration's trigger writes it, in the changing transaction, so it
 * is delivered at commit and never for a rollback).
 */
export const INVALIDATION_CHANNEL = 'lms_invalidate';

export interface InvalidatedCacheOptions {
  /** Most entries kept (the oldest goes first). */
  maxEntries: number;
  /** An entry is read again after this long even without a notification (a safety net). */
  ttlMs: number;
  /**
   * The group of a key (e.g. the user a key belongs to): invalidating the group drops all its
   * keys. Without it every key is its own group.
   */
  groupOf?: (key: string) => string;
  /**
   * Groups are user ids: a write request (POST, PUT, PATCH, DELETE) of that user drops their
   * group in this process when it ends, so they read their own writes at once without
   * waiting for the notification (readYourWrites, an onSend hook).
   */
  perUser?: boolean;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * A per-process cache of rows that change rarely and are read on every request, dropped entry
 * by entry when PostgreSQL notifies a change - from any process or replica, so every replica
 * sees a change within milliseconds of its commit. While the listening connection is down
 * nothing is cached (every read goes to the database) and everything cached is dropped, since
 * notifications may have been missed.
 */
export class InvalidatedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly groups = new Map<string, Set<string>>();
  /** Bumped by `*`: no read that started before may be stored. */
  private generation = 0;
  /** Bumped per group by its invalidations (dropped with the group's last entry or by `*`). */
  private readonly groupGenerations = new Map<string, number>();

  constructor(
    readonly namespace: string,
    readonly options: InvalidatedCacheOptions,
    private readonly isLive: () => boolean,
  ) {}

  private groupOf(key: string): string {
    return this.options.groupOf ? this.options.groupOf(key) : key;
  }

  /** The cached value of `key`, or `load()`'s (cached when nothing changed meanwhile). */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const live = this.isLive();
    if (live) {
      const hit = this.entries.get(key);
      if (hit && hit.expiresAt > Date.now()) return hit.value;
    }
    const group = this.groupOf(key);
    const generation = this.generation;
    const groupGeneration = this.groupGenerations.get(group) ?? 0;
    const value = await load();
    if (
      live &&
      this.isLive() &&
      generation === this.generation &&
      groupGeneration === (this.groupGenerations.get(group) ?? 0) &&
      value !== null
    ) {
      this.store(key, group, value);
    }
    return value;
  }

  private store(key: string, group: string, value: V): void {
    if (!this.entries.has(key) && this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.drop(oldest.value);
    }
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + this.options.ttlMs });
    let keys = this.groups.get(group);
    if (!keys) {
      keys = new Set();
      this.groups.set(group, keys);
    }
    keys.add(key);
  }

  private drop(key: string): void {
    this.entries.delete(key);
    const group = this.groupOf(key);
    const keys = this.groups.get(group);
    keys?.delete(key);
    if (keys?.size === 0) this.groups.delete(group);
  }

  /**
   * Drops a group's keys (a key without `groupOf`), or everything for `*`. Called for each
   * notification, and by the process that made a change.
   */
  invalidate(group: string): void {
    if (group === '*') {
      this.generation += 1;
      this.entries.clear();
      this.groups.clear();
      this.groupGenerations.clear();
      return;
    }
    // One counter per group ever invalidated (about one per user); bounded all the same.
    if (this.groupGenerations.size >= 4 * this.options.maxEntries) {
      this.invalidate('*');
      return;
    }
    this.groupGenerations.set(group, (this.groupGenerations.get(group) ?? 0) + 1);
    for (const key of this.groups.get(group) ?? []) this.entries.delete(key);
    this.groups.delete(group);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Listens on {@link INVALIDATION_CHANNEL} with a connection of its own and hands each
 * notification to the cache of its namespace. Reconnects with back-off when the connection is
 * lost; caches are bypassed and emptied until it listens again.
 */
@Injectable()
export class CacheInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidation.name);
  private readonly caches = new Map<string, InvalidatedCache<unknown>>();
  private client: Client | null = null;
  private live = false;
  private stopping = false;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cache of `namespace` (one per namespace and process). */
  cache<V>(namespace: string, options: InvalidatedCacheOptions): InvalidatedCache<V> {
    const existing = this.caches.get(namespace);
    if (existing) return existing as InvalidatedCache<V>;
    const cache = new InvalidatedCache<V>(namespace, options, () => this.live);
    this.caches.set(namespace, cache);
    return cache;
  }

  /** The user's write request ended: drop their groups of per-user caches in this process. */
  wroteAs(userId: string): void {
    for (const cache of this.caches.values()) if (cache.options.perUser) cache.invalidate(userId);
  }

  /** Whether notifications are being received (caches are in use). */
  get listening(): boolean {
    return this.live;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    this.live = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({
      connectionString: options.url,
      application_name: 'threshold-invalidation',
      keepAlive: true,
    });
    client.on('notification', (message) => {
      this.receive(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.lost(client, error);
    });
    client.on('end', () => {
      this.lost(client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      await client.end().catch(() => undefined);
      return;
    }
    if (this.stopping) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Anything cached before may have missed a notification.
    for (const cache of this.caches.values()) cache.invalidate('*');
    this.live = true;
    if (this.failures > 0) this.logger.log('Listening for cache invalidations again');
    this.failures = 0;
  }

  private receive(payload: string): void {
    const at = payload.indexOf(':');
    if (at < 0) return;
    this.caches.get(payload.slice(0, at))?.invalidate(payload.slice(at + 1));
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== null && this.client !== client) return;
    this.client = null;
    this.live = false;
    for (const cache of this.caches.values()) cache.invalidate('*');
    if (this.stopping || this.retry) return;
    this.failures += 1;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(this.failures, 6));
    const reason = error instanceof Error ? `: ${error.message}` : '';
    this.logger.warn(
      `Cache invalidation connection lost${reason}; caches bypassed, retrying in ${delay} ms`,
    );
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
