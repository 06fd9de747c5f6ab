import { createHash } from "node:crypto"
import type { Logger } from "@medusajs/framework/types"
import { generateEntityId, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { lockKey, type Sql, type SqlManager, sqlOf } from "../../lib/sql"
import { CatalogCache } from "./cache"
import {
  type CatalogLang,
  type CatalogSort,
  detailQuery,
  type ListingParams,
  listingPartition,
  listingQuery,
  productPartition,
} from "./listing/query"
import { CatalogEntry } from "./models/catalog-entry"
import { CatalogProduct } from "./models/catalog-product"
import { type EntryRow, type ProductRow, type ProjectionOverrides, projectProduct } from "./projection/rows"
import { PRODUCT_IDS_OF, SOURCE_BY_IDS, SOURCE_PAGE, type SourceProduct } from "./projection/source"
import { searchWords } from "./search-text"

export type CatalogModuleOptions = {
  /** Redis for whole responses (an instance that may evict); unset: no response cache. */
  redisUrl?: string
  /** Key prefix, so environments sharing one Redis never see each other's answers. */
  cachePrefix?: string
  /** How long a stored answer may be served at most (invalidation is by version, this is a backstop); 0: no cache. */
  cacheTtlSeconds?: number
}

export type ListingInput = {
  region_id: string
  lang: CatalogLang
  sales_channel_ids: string[]
  category?: string
  governorate?: string
  family?: string
  min_price?: number
  max_price?: number
  q?: string
  sort?: CatalogSort
  limit: number
  offset: number
}

export type DetailInput = {
  region_id: string
  handle: string
  lang: CatalogLang
  sales_channel_ids: string[]
}

/** An answer ready to send: the body is the exact JSON text, whether it came from Redis or PostgreSQL. */
export type CatalogResponse = {
  status: number
  etag: string
  body: string
  cache: "hit" | "miss" | "off"
}

export type RefreshSummary = {
  products: number
  written: number
  unchanged: number
  removed: number
  partitions: number
}

type ExistingEntry = {
  id: string
  product_id: string
  currency_code: string
  sales_channel_id: string
  handle: string
  category_handle: string | null
  family_handle: string | null
  visible: boolean
  fingerprint: string
}

type CardRow = {
  total: number
  product_id: string | null
  handle: string
  title: string
  price_amount: number
  currency_code: string
  thumbnail: string | null
  family_handle: string | null
  family_name: string | null
  rating: number | null
  review_count: number
  in_stock: boolean
}

type DetailRow = CardRow & {
  governorate: string | null
  category_handle: string | null
  category_name: string | null
  variant_id: string | null
  description: string | null
  materials: string | null
  images: string[]
  weight_grams: number | null
  processing_days: number | null
}

const PROJECTION_LOCK = "usra-catalog-projection"
const REBUILD_BATCH = 500

const ENTRY_COLUMNS: [keyof EntryRow | "id", string][] = [
  ["id", "text"],
  ["product_id", "text"],
  ["currency_code", "text"],
  ["handle", "text"],
  ["title_en", "text"],
  ["title_ar", "text"],
  ["thumbnail", "text"],
  ["price_amount", "integer"],
  ["family_id", "text"],
  ["family_handle", "text"],
  ["family_name_en", "text"],
  ["family_name_ar", "text"],
  ["family_status", "text"],
  ["governorate", "text"],
  ["category_handle", "text"],
  ["product_status", "text"],
  ["sales_channel_id", "text"],
  ["visible", "boolean"],
  ["in_stock", "boolean"],
  ["rating", "real"],
  ["review_count", "integer"],
  ["popularity", "integer"],
  ["product_created_at", "timestamptz"],
  ["fingerprint", "text"],
]

const PRODUCT_COLUMNS: [keyof ProductRow | "id", string][] = [
  ["id", "text"],
  ["product_id", "text"],
  ["handle", "text"],
  ["variant_id", "text"],
  ["description_en", "text"],
  ["description_ar", "text"],
  ["materials_en", "text"],
  ["materials_ar", "text"],
  ["category_name_en", "text"],
  ["category_name_ar", "text"],
  ["images", "jsonb"],
  ["weight_grams", "integer"],
  ["processing_days", "integer"],
  ["search_text", "text"],
  ["title_search", "text"],
  ["fingerprint", "text"],
]

/** `insert ... select from jsonb_to_recordset(?) on conflict (keys) do update` for a list of columns. */
function upsertSql(table: string, columns: [string, string][], conflict: string[]): string {
  const names = columns.map(([name]) => `"${name}"`).join(", ")
  const types = columns.map(([name, type]) => `"${name}" ${type}`).join(", ")
  const updates = columns
    .filter(([name]) => name !== "id" && !conflict.includes(name))
    .map(([name]) => `"${name}" = excluded."${name}"`)
    .join(", ")
  return `insert into ${table} (${names})
    select ${names} from jsonb_to_recordset(?::jsonb) as r(${types})
    on conflict (${conflict.join(", ")}) do update set ${updates}, updated_at = now()`
}

const UPSERT_ENTRIES = upsertSql("catalog_entry", ENTRY_COLUMNS, [
  "product_id",
  "currency_code",
  "sales_channel_id",
])
const UPSERT_PRODUCTS = upsertSql("catalog_product", PRODUCT_COLUMNS, ["product_id"])

const hash = (value: string) => createHash("sha1").update(value).digest("base64url")

/**
 * The catalogue: a denormalised read model of what the store sells (catalog_entry: one row per product,
 * currency and sales channel with every card field; catalog_product: the product page's extra fields and search
 * text), rebuilt from Medusa's tables whenever something changes, and answers cached whole in Redis under
 * version keys (see docs/adr/0011-catalogue-read-model.md).
 */
export default class CatalogModuleService extends MedusaService({ CatalogEntry, CatalogProduct }) {
  protected readonly manager_: SqlManager
  protected readonly logger_: Logger
  protected readonly cache_: CatalogCache

  __hooks = {
    onApplicationPrepareShutdown: async () => {
      await this.cache_.close()
    },
  }

  constructor(container: { manager: SqlManager; logger: Logger }, options: CatalogModuleOptions = {}) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.manager_ = container.manager
    this.logger_ = container.logger
    this.cache_ = new CatalogCache({
      redisUrl: options.redisUrl,
      prefix: `${options.cachePrefix ?? "usra"}:catalog:`,
      ttlSeconds: options.cacheTtlSeconds ?? 600,
    })
  }

  private sql(manager: SqlManager = this.manager_): Sql {
    return sqlOf(manager)
  }

  // ------------------------------------------------------------------------------------------------ reading

  /** A page of cards; 400 (naming region_id) for a region that does not exist. */
  async listing(input: ListingInput): Promise<CatalogResponse> {
    const words = input.q ? searchWords(input.q) : []
    const params: Omit<ListingParams, "currency"> = {
      lang: input.lang,
      sales_channel_ids: [...input.sales_channel_ids].sort(),
      category: input.category,
      governorate: input.governorate,
      family: input.family,
      min_price: input.min_price,
      max_price: input.max_price,
      words,
      sort: input.sort ?? (words.length > 0 ? "relevance" : "newest"),
      limit: input.limit,
      offset: input.offset,
    }
    return this.cached(input.region_id, listingPartition(params), params, async (currency) => {
      const statement = listingQuery({ ...params, currency })
      const rows = await this.sql()<CardRow>(statement.sql, statement.bindings)
      const count = rows[0]?.total ?? 0
      const products = rows.filter((row) => row.product_id !== null).map((row) => card(row))
      return {
        status: 200,
        body: JSON.stringify({ products, count, limit: params.limit, offset: params.offset }),
      }
    })
  }

  /** One product's page, by handle; 404 when the store does not sell it (to this key, in this region). */
  async detail(input: DetailInput): Promise<CatalogResponse> {
    const params = {
      handle: input.handle,
      lang: input.lang,
      sales_channel_ids: [...input.sales_channel_ids].sort(),
    }
    return this.cached(input.region_id, productPartition(input.handle), params, async (currency) => {
      const statement = detailQuery({ ...params, currency })
      const [row] = await this.sql()<DetailRow>(statement.sql, statement.bindings)
      if (!row) {
        return {
          status: 404,
          body: JSON.stringify({ type: "not_found", message: `Product "${input.handle}" was not found` }),
        }
      }
      return {
        status: 200,
        body: JSON.stringify({
          product: {
            ...card(row),
            family: row.family_handle
              ? { handle: row.family_handle, name: row.family_name, governorate: row.governorate }
              : null,
            variant_id: row.variant_id,
            description: row.description,
            materials: row.materials,
            images: row.images ?? [],
            category: row.category_handle ? { handle: row.category_handle, name: row.category_name } : null,
            weight_grams: row.weight_grams,
            processing_days: row.processing_days,
          },
        }),
      }
    })
  }

  /**
   * The answer from Redis when the partition's version has one; otherwise computed from PostgreSQL and stored
   * under the version read before computing. A Redis outage only means every request is a miss.
   */
  private async cached(
    regionId: string,
    partition: string,
    params: object,
    compute: (currency: string) => Promise<{ status: number; body: string }>,
  ): Promise<CatalogResponse> {
    const requestKey = hash(JSON.stringify(params))
    const found = await this.cache_.lookup(regionId, partition, requestKey)
    if (found.stored) return { ...found.stored, cache: "hit" }

    let currency = found.currency
    if (!currency) {
      currency = await this.regionCurrency(regionId)
      await this.cache_.rememberRegion(regionId, currency)
    }
    const version = found.version ?? (await this.cache_.version(currency, partition))
    const computed = await compute(currency)
    const response = { ...computed, etag: `"${hash(computed.body).slice(0, 16)}"` }
    if (version) await this.cache_.store(currency, version, requestKey, response)
    return { ...response, cache: this.cache_.enabled && version ? "miss" : "off" }
  }

  private async regionCurrency(regionId: string): Promise<string> {
    const [region] = await this.sql()<{ currency_code: string }>(
      "select currency_code from region where id = ? and deleted_at is null",
      [regionId],
    )
    if (!region) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region "${regionId}" exists`)
    }
    return region.currency_code.toLowerCase()
  }

  // ------------------------------------------------------------------------------------------------ writing

  /** Brings the rows of these products in line with Medusa's tables, then invalidates what changed. */
  async refreshProducts(ids: string[], overrides: ProjectionOverrides = {}): Promise<RefreshSummary> {
    const unique = [...new Set(ids.filter(Boolean))]
    if (unique.length === 0) return { products: 0, written: 0, unchanged: 0, removed: 0, partitions: 0 }
    const { summary, partitions } = await this.manager_.transactional(async (manager) => {
      const sql = this.sql(manager)
      await lockKey(sql, PROJECTION_LOCK)
      const sources = await sql<SourceProduct>(SOURCE_BY_IDS, [JSON.stringify(unique)])
      return this.apply(sql, unique, sources, overrides)
    })
    summary.partitions = await this.cache_.bump(partitions)
    return summary
  }

  async refreshFamily(familyId: string, overrides: ProjectionOverrides = {}): Promise<RefreshSummary> {
    return this.refreshProducts(await this.productIds("family", familyId), overrides)
  }

  /** The products in a category, and those whose rows still name it (a deleted category has no links left). */
  async refreshCategory(categoryId: string): Promise<RefreshSummary> {
    return this.refreshProducts(await this.productIds("category", categoryId))
  }

  async refreshVariants(variantIds: string[]): Promise<RefreshSummary> {
    return this.refreshProducts(await this.productIds("variants", JSON.stringify(variantIds)))
  }

  async refreshInventoryLevels(levelIds: string[]): Promise<RefreshSummary> {
    return this.refreshProducts(await this.productIds("inventoryLevels", JSON.stringify(levelIds)))
  }

  async refreshOrder(orderId: string): Promise<RefreshSummary> {
    return this.refreshProducts(await this.productIds("order", orderId))
  }

  /** Every product, in batches by id; rows of products that no longer exist go too. */
  async refreshAll(
    onProgress: (done: number) => void = () => undefined,
    batchSize = REBUILD_BATCH,
  ): Promise<RefreshSummary> {
    const total: RefreshSummary = { products: 0, written: 0, unchanged: 0, removed: 0, partitions: 0 }
    let after = ""
    for (;;) {
      const { summary, partitions, last } = await this.manager_.transactional(async (manager) => {
        const sql = this.sql(manager)
        await lockKey(sql, PROJECTION_LOCK)
        const sources = await sql<SourceProduct>(SOURCE_PAGE, [after, batchSize])
        const applied = await this.apply(
          sql,
          sources.map((source) => source.id),
          sources,
          {},
        )
        return { ...applied, last: sources[sources.length - 1]?.id }
      })
      total.products += summary.products
      total.written += summary.written
      total.unchanged += summary.unchanged
      total.removed += summary.removed
      total.partitions += await this.cache_.bump(partitions)
      onProgress(total.products)
      if (!last) break
      after = last
    }
    const orphans = await this.sql()<ExistingEntry>(
      `delete from catalog_entry e where not exists (
         select 1 from product p where p.id = e.product_id and p.deleted_at is null)
       returning e.currency_code, e.handle, e.category_handle, e.family_handle, e.visible`,
    )
    await this.sql()(
      `delete from catalog_product d where not exists (
         select 1 from product p where p.id = d.product_id and p.deleted_at is null)`,
    )
    total.removed += orphans.length
    total.partitions += await this.cache_.bump(orphans.flatMap((row) => partitionsOf(row)))
    return total
  }

  /** Forgets a region's currency, after the region changed. */
  async forgetRegion(regionId: string): Promise<void> {
    await this.cache_.forgetRegion(regionId)
  }

  private async productIds(kind: keyof typeof PRODUCT_IDS_OF, binding: string): Promise<string[]> {
    const rows = await this.sql()<{ id: string }>(PRODUCT_IDS_OF[kind], [binding])
    return rows.map((row) => row.id)
  }

  /**
   * Writes the rows that differ from what is stored (by fingerprint), removes the rows of products and
   * currencies that are gone, and returns the version partitions to bump: for every row that was or becomes
   * visible, its currency's whole catalogue, its category, its family and its product page, old and new.
   */
  private async apply(
    sql: Sql,
    ids: string[],
    sources: SourceProduct[],
    overrides: ProjectionOverrides,
  ): Promise<{ summary: RefreshSummary; partitions: string[] }> {
    const idsJson = JSON.stringify(ids)
    const existing = await sql<ExistingEntry>(
      `select id, product_id, currency_code, sales_channel_id, handle, category_handle, family_handle, visible,
              fingerprint
         from catalog_entry where product_id in (select jsonb_array_elements_text(?::jsonb))`,
      [idsJson],
    )
    const existingProducts = await sql<{ id: string; product_id: string; fingerprint: string }>(
      `select id, product_id, fingerprint from catalog_product
        where product_id in (select jsonb_array_elements_text(?::jsonb))`,
      [idsJson],
    )
    const keyOf = (row: { product_id: string; currency_code: string; sales_channel_id: string }) =>
      `${row.product_id}|${row.currency_code}|${row.sales_channel_id}`
    const stored = new Map(existing.map((row) => [keyOf(row), row]))
    const storedProducts = new Map(existingProducts.map((row) => [row.product_id, row]))

    const entryWrites: (EntryRow & { id: string })[] = []
    const productWrites: (ProductRow & { id: string })[] = []
    const partitions: string[] = []
    const seen = new Set<string>()
    let unchanged = 0

    for (const source of sources) {
      const { entries, product } = projectProduct(source, overrides)
      for (const entry of entries) {
        const key = keyOf(entry)
        seen.add(key)
        const before = stored.get(key)
        if (before?.fingerprint === entry.fingerprint) {
          unchanged += 1
          continue
        }
        entryWrites.push({ ...entry, id: before?.id ?? generateEntityId(undefined, "catent") })
        if (before?.visible) partitions.push(...partitionsOf(before))
        if (entry.visible) partitions.push(...partitionsOf(entry))
      }
      const before = storedProducts.get(product.product_id)
      if (before?.fingerprint === product.fingerprint) unchanged += 1
      else {
        productWrites.push({ ...product, id: before?.id ?? generateEntityId(undefined, "catprd") })
        // The page's words, and the text search runs on (a listing with q can change too).
        for (const entry of entries) if (entry.visible) partitions.push(...partitionsOf(entry))
      }
    }
    const removed = existing.filter((row) => !seen.has(keyOf(row)))
    for (const row of removed) {
      if (row.visible) partitions.push(...partitionsOf(row))
    }

    if (removed.length > 0) {
      await sql("delete from catalog_entry where id in (select jsonb_array_elements_text(?::jsonb))", [
        JSON.stringify(removed.map((row) => row.id)),
      ])
    }
    const present = new Set(sources.map((source) => source.id))
    const goneProducts = existingProducts.filter((row) => !present.has(row.product_id))
    if (goneProducts.length > 0) {
      await sql("delete from catalog_product where id in (select jsonb_array_elements_text(?::jsonb))", [
        JSON.stringify(goneProducts.map((row) => row.id)),
      ])
    }
    // Written grouped by currency and channel, so a currency's rows share heap pages (a count reads fewer).
    entryWrites.sort(
      (a, b) =>
        a.currency_code.localeCompare(b.currency_code) ||
        a.sales_channel_id.localeCompare(b.sales_channel_id) ||
        a.product_id.localeCompare(b.product_id),
    )
    if (entryWrites.length > 0) await sql(UPSERT_ENTRIES, [JSON.stringify(entryWrites)])
    if (productWrites.length > 0) await sql(UPSERT_PRODUCTS, [JSON.stringify(productWrites)])

    return {
      summary: {
        products: sources.length,
        written: entryWrites.length + productWrites.length,
        unchanged,
        removed: removed.length + goneProducts.length,
        partitions: 0,
      },
      partitions,
    }
  }
}

/** The version partitions one row belongs to, prefixed with its currency. */
function partitionsOf(row: {
  currency_code: string
  handle: string
  category_handle: string | null
  family_handle: string | null
}): string[] {
  const partitions = ["all", productPartition(row.handle)]
  if (row.category_handle) partitions.push(`cat:${row.category_handle}`)
  if (row.family_handle) partitions.push(`fam:${row.family_handle}`)
  return partitions.map((partition) => `${row.currency_code}:${partition}`)
}

/** What a listing card shows, in the request's language and currency (amount in minor units). */
function card(row: CardRow) {
  return {
    id: row.product_id,
    handle: row.handle,
    title: row.title,
    price: { amount: row.price_amount, currency_code: row.currency_code },
    thumbnail: row.thumbnail,
    family: row.family_handle ? { handle: row.family_handle, name: row.family_name } : null,
    rating: row.rating,
    review_count: row.review_count,
    in_stock: row.in_stock,
  }
}
