export const CATALOG_SORTS = ["newest", "price_asc", "price_desc", "popular", "rating", "relevance"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]
export type CatalogLang = "ar" | "en"

/** A listing request once validated: the region already resolved to its currency, the query folded to words. */
export type ListingParams = {
  currency: string
  lang: CatalogLang
  sales_channel_ids: string[]
  category?: string
  governorate?: string
  family?: string
  min_price?: number
  max_price?: number
  words: string[]
  sort: CatalogSort
  limit: number
  offset: number
}

export type SqlStatement = { sql: string; bindings: unknown[] }

// Every sort ends on the product id, so a page never depends on how PostgreSQL breaks a tie.
const ORDER_BY: Record<Exclude<CatalogSort, "relevance">, string> = {
  newest: "e.product_created_at desc, e.product_id desc",
  price_asc: "e.price_amount asc, e.product_id asc",
  price_desc: "e.price_amount desc, e.product_id desc",
  popular: "e.popularity desc, e.product_created_at desc, e.product_id desc",
  rating: "e.rating desc nulls last, e.popularity desc, e.product_id desc",
}

/** A PostgreSQL text[] literal; every element quoted, so no id can break out of it. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(",")}}`
}

/** `%word%` for LIKE, with LIKE's own wildcards escaped (folded words have none, but the builder does not rely on it). */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * The key's sales channels: one channel (the usual case) is an equality the indexes lead with; several keep, for
 * each product, only the row of the first of them it is sold in, so no product is listed twice.
 */
function channelFilter(channels: readonly string[]): SqlStatement {
  if (channels.length === 1) return { sql: "e.sales_channel_id = ?", bindings: [channels[0]] }
  const list = textArrayLiteral(channels)
  return {
    sql: `e.sales_channel_id = any(?::text[]) and not exists (
      select 1 from catalog_entry o
       where o.product_id = e.product_id and o.currency_code = e.currency_code and o.visible
         and o.sales_channel_id = any(?::text[]) and o.sales_channel_id < e.sales_channel_id)`,
    bindings: [list, list],
  }
}

/** The WHERE clause shared by the count and the page, with its bindings in order. */
export function listingFilter(params: ListingParams): SqlStatement {
  const channels = channelFilter(params.sales_channel_ids)
  const clauses = ["e.visible", "e.currency_code = ?", channels.sql]
  const bindings: unknown[] = [params.currency, ...channels.bindings]
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return
    clauses.push(`e.${column} = ?`)
    bindings.push(value)
  }
  equal("category_handle", params.category)
  equal("governorate", params.governorate)
  equal("family_handle", params.family)
  if (params.min_price !== undefined) {
    clauses.push("e.price_amount >= ?")
    bindings.push(params.min_price)
  }
  if (params.max_price !== undefined) {
    clauses.push("e.price_amount <= ?")
    bindings.push(params.max_price)
  }
  if (params.words.length > 0) {
    // Every word, anywhere in the product's folded text (trigram index on catalog_product.search_text).
    const words = params.words.map(() => "d.search_text like ?").join(" and ")
    clauses.push(`e.product_id in (select d.product_id from catalog_product d where ${words})`)
    bindings.push(...params.words.map(containing))
  }
  return { sql: clauses.join(" and "), bindings }
}

const titleColumn = (lang: CatalogLang) => (lang === "ar" ? "e.title_ar" : "e.title_en")
const familyNameColumn = (lang: CatalogLang) => (lang === "ar" ? "e.family_name_ar" : "e.family_name_en")

/**
 * One statement for a whole page: the total of the filtered set and the page's cards. The count is the
 * outer row, so a page past the end still answers with the total (and one row of nulls).
 */
export function listingQuery(params: ListingParams): SqlStatement {
  const filter = listingFilter(params)
  const relevance = params.sort === "relevance" && params.words.length > 0
  const orderBy = relevance
    ? `(select word_similarity(?, d.title_search) from catalog_product d where d.product_id = e.product_id) desc,
       e.popularity desc, e.product_id desc`
    : ORDER_BY[params.sort === "relevance" ? "newest" : params.sort]
  const sql = `select t.total, p.*
  from (select count(*)::int as total from catalog_entry e where ${filter.sql}) t
  left join lateral (
    select e.product_id, e.handle, ${titleColumn(params.lang)} as title, e.price_amount, e.currency_code,
           e.thumbnail, e.family_handle, ${familyNameColumn(params.lang)} as family_name, e.rating,
           e.review_count, e.in_stock
      from catalog_entry e
     where ${filter.sql}
     order by ${orderBy}
     limit ? offset ?) p on true`
  return {
    sql,
    bindings: [
      ...filter.bindings,
      ...filter.bindings,
      ...(relevance ? [params.words.join(" ")] : []),
      params.limit,
      params.offset,
    ],
  }
}

/** The product page: the card's row in the request's currency joined to the product's detail row. */
export function detailQuery(params: {
  handle: string
  currency: string
  lang: CatalogLang
  sales_channel_ids: string[]
}): SqlStatement {
  const ar = params.lang === "ar"
  const sql = `select e.product_id, e.handle, ${titleColumn(params.lang)} as title, e.price_amount, e.currency_code,
         e.thumbnail, e.family_handle, ${familyNameColumn(params.lang)} as family_name, e.governorate,
         e.category_handle, e.rating, e.review_count, e.in_stock,
         d.variant_id,
         ${ar ? "coalesce(d.description_ar, d.description_en)" : "d.description_en"} as description,
         ${ar ? "coalesce(d.materials_ar, d.materials_en)" : "d.materials_en"} as materials,
         ${ar ? "coalesce(d.category_name_ar, d.category_name_en)" : "d.category_name_en"} as category_name,
         d.images, d.weight_grams, d.processing_days
    from catalog_entry e
    join catalog_product d on d.product_id = e.product_id
   where e.handle = ? and e.currency_code = ? and e.visible and e.sales_channel_id = any(?::text[])
   limit 1`
  return { sql, bindings: [params.handle, params.currency, textArrayLiteral(params.sales_channel_ids)] }
}

/**
 * Which version key a listing depends on: its family's when it is filtered by family (only that family's
 * products can change it), else its category's, else the whole currency's. Every change of a row bumps all
 * three for the row's old and new values, so each choice is exact.
 */
export function listingPartition(params: Pick<ListingParams, "family" | "category">): string {
  if (params.family !== undefined) return `fam:${params.family}`
  if (params.category !== undefined) return `cat:${params.category}`
  return "all"
}

export const productPartition = (handle: string) => `prod:${handle}`
