import { randomBytes } from "node:crypto"
import IORedis from "ioredis"
import { CatalogCacheUnavailableError } from "./errors"

export type CacheOptions = { redisUrl?: string; prefix: string; ttlSeconds: number }

/** What one round trip found: the region's currency, the partition's version and the stored answer, as far as known. */
export type CacheLookup = { currency?: string; version?: string; stored?: StoredResponse }
export type StoredResponse = { status: number; etag: string; body: string }

// One round trip for a hit: region -> currency -> the partition's version -> the stored answer. The keys are
// built inside the script, which is fine on one Redis server (not on a cluster, where they would need declaring).
const LOOKUP_SCRIPT = `
local cur = redis.call('HGET', ARGV[1] .. 'regions', ARGV[2])
if not cur then return {} end
local v = redis.call('GET', ARGV[1] .. 'v:' .. cur .. ':' .. ARGV[3])
if not v then return {cur} end
return {cur, v, redis.call('GET', ARGV[1] .. 'r:' .. cur .. ':' .. v .. ':' .. ARGV[4])}
`

const REGIONS_TTL_SECONDS = 3_600
// Outlives any stored answer; a version that is gone is replaced by a new random one, never reused, so a lost
// key can only cost a recomputation, never serve an old answer.
const VERSION_TTL_SECONDS = 7 * 24 * 3_600
const READY_WAIT_MS = 1_000

type LookupClient = IORedis & {
  catalogLookup(prefix: string, regionId: string, partition: string, key: string): Promise<(string | null)[]>
}

/**
 * Whole responses in Redis under version keys: `v:<currency>:<partition>` holds a random token, an answer is
 * stored under the token it was computed with, and a change replaces the tokens of every partition it touches
 * (after its transaction commits). An answer computed from data older than a change is stored under the old
 * token and never read again, so there is no window where a stale answer can be cached.
 */
export class CatalogCache {
  private client?: LookupClient

  constructor(private readonly options: CacheOptions) {}

  get enabled(): boolean {
    return this.options.ttlSeconds > 0 && !!this.options.redisUrl
  }

  private connection(): LookupClient {
    if (!this.client) {
      const client = new IORedis(this.options.redisUrl as string, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        commandTimeout: 1_000,
        retryStrategy: (times) => Math.min(times * 200, 2_000),
        connectionName: "usra-catalog-cache",
      }) as LookupClient
      client.on("error", () => {
        // Reconnects are automatic; reads fall back to PostgreSQL meanwhile.
      })
      client.defineCommand("catalogLookup", { numberOfKeys: 0, lua: LOOKUP_SCRIPT })
      this.client = client
    }
    return this.client
  }

  /** The connection once it is ready; a connection still opening gets a moment, an outage does not. */
  private async ready(): Promise<LookupClient | undefined> {
    const client = this.connection()
    if (client.status === "ready") return client
    if (!["connecting", "connect", "wait"].includes(client.status)) return undefined
    return new Promise((resolve) => {
      const done = (ready: boolean) => {
        clearTimeout(timer)
        client.off("ready", onReady)
        resolve(ready ? client : undefined)
      }
      const onReady = () => done(true)
      const timer = setTimeout(() => done(false), READY_WAIT_MS)
      client.once("ready", onReady)
    })
  }

  private key(...parts: string[]) {
    return `${this.options.prefix}${parts.join(":")}`
  }

  /** Never throws: an unreachable cache is a miss. */
  async lookup(regionId: string, partition: string, requestKey: string): Promise<CacheLookup> {
    if (!this.enabled) return {}
    try {
      const client = await this.ready()
      if (!client) return {}
      const [currency, version, stored] = await client.catalogLookup(
        this.options.prefix,
        regionId,
        partition,
        requestKey,
      )
      return {
        currency: currency ?? undefined,
        version: version ?? undefined,
        stored: stored ? parseStored(stored) : undefined,
      }
    } catch {
      return {}
    }
  }

  async rememberRegion(regionId: string, currency: string): Promise<void> {
    if (!this.enabled) return
    const client = await this.ready()
    if (!client) return
    await client
      .multi()
      .hset(this.key("regions"), regionId, currency)
      .expire(this.key("regions"), REGIONS_TTL_SECONDS)
      .exec()
      .catch(() => undefined)
  }

  async forgetRegion(regionId: string): Promise<void> {
    if (!this.enabled) return
    const client = await this.ready()
    if (!client) throw new CatalogCacheUnavailableError()
    await client.hdel(this.key("regions"), regionId)
  }

  /** The partition's current token, made (once, whoever is first) when there is none. Undefined: no cache now. */
  async version(currency: string, partition: string): Promise<string | undefined> {
    if (!this.enabled) return undefined
    try {
      const client = await this.ready()
      if (!client) return undefined
      const key = this.key("v", currency, partition)
      const [[, ,], [, current]] = (await client
        .multi()
        .set(key, newToken(), "EX", VERSION_TTL_SECONDS, "NX")
        .get(key)
        .exec()) as [[Error | null, unknown], [Error | null, string | null]]
      return current ?? undefined
    } catch {
      return undefined
    }
  }

  async store(currency: string, version: string, requestKey: string, response: StoredResponse) {
    if (!this.enabled) return
    const client = await this.ready()
    if (!client) return
    await client
      .set(
        this.key("r", currency, version, requestKey),
        `${response.status}\n${response.etag}\n${response.body}`,
        "EX",
        this.options.ttlSeconds,
      )
      .catch(() => undefined)
  }

  /** New tokens for `<currency>:<partition>` keys. Throws when Redis cannot take them: the caller must not go on. */
  async bump(partitions: Iterable<string>): Promise<number> {
    const keys = [...new Set(partitions)]
    if (!this.enabled || keys.length === 0) return 0
    const client = await this.ready()
    if (!client) throw new CatalogCacheUnavailableError()
    try {
      for (let start = 0; start < keys.length; start += 1_000) {
        const pipeline = client.pipeline()
        for (const key of keys.slice(start, start + 1_000)) {
          pipeline.set(this.key("v", key), newToken(), "EX", VERSION_TTL_SECONDS)
        }
        const results = await pipeline.exec()
        const failed = results?.find(([error]) => error)
        if (failed) throw failed[0]
      }
    } catch (error) {
      throw new CatalogCacheUnavailableError(error)
    }
    return keys.length
  }

  async close() {
    this.client?.disconnect()
    this.client = undefined
  }
}

function newToken(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`
}

function parseStored(value: string): StoredResponse | undefined {
  const first = value.indexOf("\n")
  const second = value.indexOf("\n", first + 1)
  if (first < 0 || second < 0) return undefined
  return {
    status: Number(value.slice(0, first)),
    etag: value.slice(first + 1, second),
    body: value.slice(second + 1),
  }
}
