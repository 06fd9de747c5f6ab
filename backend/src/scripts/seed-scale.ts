import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { type Currency, toMajor, toMinor } from "@usra/i18n"
import { medusaStatusFor } from "../lib/listings/lifecycle"
import { priceInAllCurrencies } from "../lib/pricing"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { FAMILY_MODULE } from "../modules/family"
import type FamilyModuleService from "../modules/family/service"
import { PRICING_RATES_MODULE } from "../modules/pricing-rates"
import type PricingRatesModuleService from "../modules/pricing-rates/service"
import { CATEGORIES } from "./seed-data/categories"
import type { GovernorateKey } from "./seed-data/governorates"
import { SALES_CHANNEL, STOCK_LOCATION } from "./seed-data/store"
import { parseScaleArgs, type ScaleSize } from "./seed-scale/args"
import {
  familyForProduct,
  familyHasProducts,
  SCALE_FAMILY_HANDLE,
  scaleFamily,
  scaleOrder,
  scaleProduct,
} from "./seed-scale/generate"
import { formatDuration, Progress } from "./seed-scale/progress"
import { insertRows, type Row, raw } from "./seed-scale/tables"
import { demoImageUrl } from "./seed-steps/images"

/**
 * `npm run seed:scale -- --families 1000 --products 10000 --orders 50000`: a marketplace at scale on top of the
 * demo seed, written with batched INSERTs straight into Medusa's and our tables (no workflows: 10,000 products
 * through createProductsWorkflow would take most of an hour). The sizes are totals of scale records: running it
 * again adds nothing, a bigger size adds the difference. Ends by rebuilding the catalogue and ANALYZE.
 */

const FAMILY_BATCH = 1_000
const PRODUCT_BATCH = 500
const ORDER_BATCH = 2_000

type Context = {
  db: Knex
  now: number
  salesChannelId: string
  locationId: string
  shippingProfileId: string
  categoryIds: Map<string, string>
  regionIds: Map<string, string>
  rates: Record<Currency, string>
}

type SellerFamily = { id: string; index: number; status: string; governorate: GovernorateKey }

const id = (prefix: string) => generateEntityId(undefined, prefix)

async function rows<T = Row>(db: Knex, sql: string, bindings: unknown[] = []): Promise<T[]> {
  const result = await db.raw(sql, bindings as Knex.RawBinding[])
  return (result as { rows: T[] }).rows
}

async function loadContext(db: Knex, rates: Record<Currency, string>): Promise<Context> {
  const missing = "Run the demo seed first (npm start, or `npm run seed -w @usra/backend`)"
  const [channel] = await rows<{ id: string }>(
    db,
    "select id from sales_channel where name = ? and deleted_at is null",
    [SALES_CHANNEL.name],
  )
  const [location] = await rows<{ id: string }>(
    db,
    "select id from stock_location where name = ? and deleted_at is null",
    [STOCK_LOCATION.name],
  )
  const [profile] = await rows<{ id: string }>(
    db,
    "select id from shipping_profile where type = 'default' and deleted_at is null order by created_at limit 1",
  )
  const categories = await rows<{ id: string; handle: string }>(
    db,
    "select id, handle from product_category where deleted_at is null",
  )
  const regions = await rows<{ id: string; currency_code: string }>(
    db,
    "select id, currency_code from region where deleted_at is null",
  )
  if (!channel) throw new Error(`No "${SALES_CHANNEL.name}" sales channel. ${missing}`)
  if (!location) throw new Error(`No "${STOCK_LOCATION.name}" stock location. ${missing}`)
  if (!profile) throw new Error(`No default shipping profile. ${missing}`)
  const categoryIds = new Map(categories.map((category) => [category.handle, category.id]))
  for (const category of CATEGORIES) {
    if (!categoryIds.has(category.handle)) throw new Error(`No category "${category.handle}". ${missing}`)
  }
  return {
    db,
    now: Date.now(),
    salesChannelId: channel.id,
    locationId: location.id,
    shippingProfileId: profile.id,
    categoryIds,
    regionIds: new Map(regions.map((region) => [region.currency_code.toLowerCase(), region.id])),
    rates,
  }
}

// ------------------------------------------------------------------------------------------------- families

async function seedFamilies(
  context: Context,
  target: number,
  families: FamilyModuleService,
): Promise<SellerFamily[]> {
  const existing = await rows<{ handle: string }>(
    context.db,
    "select handle from family where handle ~ '-sf[0-9]{5,}$' and deleted_at is null",
  )
  const present = new Set(existing.map((row) => Number(SCALE_FAMILY_HANDLE.exec(row.handle)?.[1])))
  const missing = Array.from({ length: target }, (_, index) => index + 1).filter(
    (index) => !present.has(index),
  )
  const progress = new Progress("families", missing.length)
  progress.update(0)
  for (let start = 0; start < missing.length; start += FAMILY_BATCH) {
    const batch = missing.slice(start, start + FAMILY_BATCH).map((index) => scaleFamily(index, context.now))
    const familyRows: Row[] = []
    const members: Row[] = []
    const profiles: Row[] = []
    for (const family of batch) {
      const familyId = id("fam")
      familyRows.push({
        id: familyId,
        handle: family.handle,
        name_ar: family.name.ar,
        name_en: family.name.en,
        story_ar: family.story.ar,
        story_en: family.story.en,
        governorate: family.governorate,
        community_centre: family.community_centre,
        association: family.association,
        status: family.status,
        submitted_at: family.submitted_at,
        approved_at: family.approved_at,
        created_at: family.created_at,
        updated_at: family.approved_at ?? family.submitted_at ?? family.created_at,
      })
      members.push({
        id: id("fmem"),
        email: family.owner.email,
        name: family.owner.name,
        role: "owner",
        family_id: familyId,
      })
      profiles.push({
        id: id("fsp"),
        national_id_hash: families.hashNationalId(family.profile.national_id),
        national_id_last4: family.profile.national_id.slice(-4),
        maker_gender: family.profile.gender,
        age_band: family.profile.age_band,
        disability_in_household: family.profile.disability,
        household_size: family.profile.household,
        consent_given_at: family.submitted_at ?? family.created_at,
        family_id: familyId,
      })
    }
    await context.db.transaction(async (trx) => {
      await insertRows(trx, "family", familyRows)
      await insertRows(trx, "family_member", members)
      await insertRows(trx, "family_sensitive_profile", profiles)
    })
    progress.update(Math.min(missing.length, start + FAMILY_BATCH))
  }
  const all = await rows<{ id: string; handle: string; status: string; governorate: GovernorateKey }>(
    context.db,
    "select id, handle, status, governorate from family where handle ~ '-sf[0-9]{5,}$' and deleted_at is null",
  )
  return all
    .map((family) => ({ ...family, index: Number(SCALE_FAMILY_HANDLE.exec(family.handle)?.[1]) }))
    .filter((family) => family.index <= target && familyHasProducts(family.status))
    .sort((a, b) => a.index - b.index)
}

// ------------------------------------------------------------------------------------------------- products

function productRows(context: Context, index: number, family: SellerFamily, out: Record<string, Row[]>) {
  const product = scaleProduct(index, family.governorate, context.now)
  const productId = id("prod")
  const variantId = id("variant")
  const optionId = id("opt")
  const optionValueId = id("optval")
  const productOptionId = id("prodopt")
  const priceSetId = id("pset")
  const itemId = id("iitem")
  const imageUrl = demoImageUrl(product.imageHandle)
  const status = medusaStatusFor(product.listing, family.status)
  const createdAt = product.created_at
  const push = (table: string, row: Row) => {
    const list = out[table] ?? []
    list.push(row)
    out[table] = list
  }
  push("product", {
    id: productId,
    title: product.title.en,
    handle: product.handle,
    description: product.description.en,
    status,
    thumbnail: imageUrl,
    weight: product.weightGrams,
    metadata: {
      title_ar: product.title.ar,
      description_ar: product.description.ar,
      price_jod_fils: product.priceFils,
      processing_days: product.processingDays,
      materials_en: product.materials.en,
      materials_ar: product.materials.ar,
      origin_governorate: family.governorate,
      listing_status: product.listing,
      scale_index: index,
    },
    created_at: createdAt,
    updated_at: createdAt,
  })
  push("product_option", { id: optionId, title: "Size", is_exclusive: true })
  push("product_option_value", { id: optionValueId, value: product.variantTitle, option_id: optionId })
  push("product_product_option", { id: productOptionId, product_id: productId, product_option_id: optionId })
  push("product_product_option_value", {
    id: id("prodoptval"),
    product_product_option_id: productOptionId,
    product_option_value_id: optionValueId,
  })
  push("product_variant", {
    id: variantId,
    title: product.variantTitle,
    sku: product.sku,
    manage_inventory: true,
    allow_backorder: false,
    weight: product.weightGrams,
    variant_rank: 0,
    product_id: productId,
    created_at: createdAt,
    updated_at: createdAt,
  })
  push("product_variant_option", { variant_id: variantId, option_value_id: optionValueId })
  push("price_set", { id: priceSetId })
  for (const [currency, minor] of Object.entries(priceInAllCurrencies(product.priceFils, context.rates))) {
    const amount = toMajor(minor, currency)
    push("price", {
      id: id("price"),
      price_set_id: priceSetId,
      currency_code: currency,
      amount,
      raw_amount: raw(amount),
      rules_count: 0,
    })
  }
  push("product_variant_price_set", { id: id("pvps"), variant_id: variantId, price_set_id: priceSetId })
  push("inventory_item", {
    id: itemId,
    sku: product.sku,
    title: product.variantTitle,
    description: product.variantTitle,
    weight: product.weightGrams,
    requires_shipping: true,
  })
  push("inventory_level", {
    id: id("ilev"),
    inventory_item_id: itemId,
    location_id: context.locationId,
    stocked_quantity: product.stock,
    raw_stocked_quantity: raw(product.stock),
    reserved_quantity: 0,
    raw_reserved_quantity: raw(0),
    incoming_quantity: 0,
    raw_incoming_quantity: raw(0),
  })
  push("product_variant_inventory_item", {
    id: id("pvitem"),
    variant_id: variantId,
    inventory_item_id: itemId,
    required_quantity: 1,
  })
  push("product_sales_channel", {
    id: id("prodsc"),
    product_id: productId,
    sales_channel_id: context.salesChannelId,
  })
  push("product_category_product", {
    product_id: productId,
    product_category_id: context.categoryIds.get(product.category),
  })
  push("product_shipping_profile", {
    id: id("prodsp"),
    product_id: productId,
    shipping_profile_id: context.shippingProfileId,
  })
  push("image", { id: id("img"), url: imageUrl, rank: 0, product_id: productId })
  push("family_family_product_product", { id: id("link"), family_id: family.id, product_id: productId })
}

// Parents before children, so every foreign key finds its row.
const PRODUCT_TABLES = [
  "product",
  "product_option",
  "product_option_value",
  "product_product_option",
  "product_product_option_value",
  "product_variant",
  "product_variant_option",
  "price_set",
  "price",
  "product_variant_price_set",
  "inventory_item",
  "inventory_level",
  "product_variant_inventory_item",
  "product_sales_channel",
  "product_category_product",
  "product_shipping_profile",
  "image",
  "family_family_product_product",
] as const

async function seedProducts(context: Context, target: number, sellers: SellerFamily[]): Promise<number> {
  const existing = await rows<{ index: number }>(
    context.db,
    "select (metadata->>'scale_index')::int as index from product where metadata->>'scale_index' is not null",
  )
  const present = new Set(existing.map((row) => row.index))
  const missing = Array.from({ length: target }, (_, index) => index + 1).filter(
    (index) => !present.has(index),
  )
  const progress = new Progress("products", missing.length)
  progress.update(0)
  for (let start = 0; start < missing.length; start += PRODUCT_BATCH) {
    const out: Record<string, Row[]> = {}
    for (const index of missing.slice(start, start + PRODUCT_BATCH)) {
      productRows(context, index, familyForProduct(index, sellers), out)
    }
    await context.db.transaction(async (trx) => {
      for (const table of PRODUCT_TABLES) await insertRows(trx, table, out[table] ?? [])
    })
    progress.update(Math.min(missing.length, start + PRODUCT_BATCH))
  }
  return missing.length
}

// --------------------------------------------------------------------------------------------------- orders

const ORDER_TABLES = [
  "order_address",
  "order",
  "order_line_item",
  "order_item",
  "order_summary",
  "family_order",
  "order_order_familyorders_family_order",
  "family_family_familyorders_family_order",
] as const

type OnSale = {
  product_id: string
  variant_id: string
  title: string
  description: string | null
  handle: string
  thumbnail: string | null
  sku: string
  variant_title: string
  family_id: string
  prices: Record<string, string>
}

async function productsOnSale(db: Knex): Promise<OnSale[]> {
  return rows<OnSale>(
    db,
    `select p.id as product_id, v.id as variant_id, p.title, p.description, p.handle, p.thumbnail, v.sku,
            v.title as variant_title, fl.family_id,
            (select json_object_agg(pr.currency_code, pr.amount::text) from product_variant_price_set vps
               join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null and pr.price_list_id is null
              where vps.variant_id = v.id and vps.deleted_at is null) as prices
       from product p
       join product_variant v on v.product_id = p.id and v.deleted_at is null
       join family_family_product_product fl on fl.product_id = p.id and fl.deleted_at is null
      where p.status = 'published' and p.deleted_at is null and p.metadata->>'scale_index' is not null
      order by (p.metadata->>'scale_index')::int`,
  )
}

async function hasColumn(db: Knex, table: string, column: string): Promise<boolean> {
  const found = await rows(
    db,
    "select 1 from information_schema.columns where table_name = ? and column_name = ? and table_schema = current_schema()",
    [table, column],
  )
  return found.length > 0
}

async function seedOrders(context: Context, target: number): Promise<number> {
  const existing = await rows<{ index: number }>(
    context.db,
    `select (metadata->>'scale_index')::int as index from "order" where metadata->>'scale_index' is not null`,
  )
  const present = new Set(existing.map((row) => row.index))
  const missing = Array.from({ length: target }, (_, index) => index + 1).filter(
    (index) => !present.has(index),
  )
  const progress = new Progress("orders", missing.length)
  progress.update(0)
  if (missing.length === 0) return 0
  const onSale = await productsOnSale(context.db)
  if (onSale.length === 0) throw new Error("No scale product is on sale: seed products first")
  // The payouts work adds the JOD share and locked rate to family orders; fill them when the columns exist.
  const withJod = await hasColumn(context.db, "family_order", "subtotal_jod")
  const jodColumns = withJod ? { subtotal_jod: "integer", exchange_rate: "text" } : undefined

  for (let start = 0; start < missing.length; start += ORDER_BATCH) {
    const orders = missing.slice(start, start + ORDER_BATCH).map((index) => {
      const order = scaleOrder(index, onSale.length, context.now)
      return { ...order, id: id("order"), address: id("ordaddr") }
    })
    const out: Record<string, Row[]> = {
      order_address: [],
      order: [],
      order_line_item: [],
      order_item: [],
      order_summary: [],
    }
    const familyParts = new Map<string, { order: string; family: string; currency: string; lines: Row[] }>()
    for (const order of orders) {
      out.order_address?.push({
        id: order.address,
        first_name: order.buyer.first,
        last_name: order.buyer.last,
        address_1: `${(order.index % 90) + 1} Market Street`,
        city: order.city,
        country_code: order.country,
        postal_code: String(10_000 + (order.index % 89_999)),
      })
      out.order?.push({
        id: order.id,
        region_id: context.regionIds.get(order.currency),
        version: 1,
        sales_channel_id: context.salesChannelId,
        status: order.status,
        is_draft_order: false,
        email: order.email,
        currency_code: order.currency,
        shipping_address_id: order.address,
        billing_address_id: order.address,
        no_notification: false,
        metadata: { scale_index: order.index },
        canceled_at: order.status === "canceled" ? order.created_at : null,
        created_at: order.created_at,
        updated_at: order.created_at,
      })
      let total = 0
      for (const line of order.lines) {
        const product = onSale[line.product] as OnSale
        const unitPrice = Number(product.prices[order.currency] ?? 0)
        total += unitPrice * line.quantity
        const lineId = id("ordli")
        out.order_line_item?.push({
          id: lineId,
          title: product.title,
          subtitle: product.variant_title,
          thumbnail: product.thumbnail,
          variant_id: product.variant_id,
          product_id: product.product_id,
          product_title: product.title,
          product_description: product.description,
          product_handle: product.handle,
          variant_sku: product.sku,
          variant_title: product.variant_title,
          requires_shipping: true,
          is_discountable: true,
          is_tax_inclusive: false,
          unit_price: unitPrice,
          raw_unit_price: raw(unitPrice),
          metadata: {},
          created_at: order.created_at,
          updated_at: order.created_at,
        })
        out.order_item?.push({
          id: id("orditem"),
          order_id: order.id,
          version: 1,
          item_id: lineId,
          quantity: line.quantity,
          raw_quantity: raw(line.quantity),
          fulfilled_quantity: order.status === "completed" ? line.quantity : 0,
          shipped_quantity: order.status === "completed" ? line.quantity : 0,
          return_requested_quantity: 0,
          return_received_quantity: 0,
          return_dismissed_quantity: 0,
          written_off_quantity: 0,
          delivered_quantity: order.status === "completed" ? line.quantity : 0,
          metadata: {},
          created_at: order.created_at,
          updated_at: order.created_at,
        })
        const key = `${order.id}|${product.family_id}`
        const part = familyParts.get(key) ?? {
          order: order.id,
          family: product.family_id,
          currency: order.currency,
          lines: [],
        }
        part.lines.push({
          line_item_id: lineId,
          product_id: product.product_id,
          variant_id: product.variant_id,
          title: product.title,
          quantity: line.quantity,
          unit_price: toMinor(product.prices[order.currency] ?? "0", order.currency),
        })
        familyParts.set(key, part)
      }
      const paid = order.status === "completed" ? total : 0
      out.order_summary?.push({
        id: id("ordsum"),
        order_id: order.id,
        version: 1,
        totals: summaryTotals(total, paid),
      })
    }

    await context.db.transaction(async (trx) => {
      await insertRows(trx, "order_address", out.order_address ?? [])
      const inserted = await insertRows(trx, "order", out.order ?? [], { returning: ["id", "display_id"] })
      const displayIds = new Map(inserted.map((row) => [row.id as string, String(row.display_id)]))
      for (const table of ["order_line_item", "order_item", "order_summary"] as const) {
        await insertRows(trx, table, out[table] ?? [])
      }
      const statusOf = new Map(orders.map((order) => [order.id, order]))
      const familyOrders: Row[] = []
      const orderLinks: Row[] = []
      const familyLinks: Row[] = []
      for (const part of familyParts.values()) {
        const order = statusOf.get(part.order)
        const familyOrderId = id("ford")
        const subtotal = part.lines.reduce(
          (sum, line) => sum + (line.unit_price as number) * (line.quantity as number),
          0,
        )
        familyOrders.push({
          id: familyOrderId,
          order_id: part.order,
          family_id: part.family,
          display_id: displayIds.get(part.order),
          currency_code: part.currency,
          item_count: part.lines.reduce((sum, line) => sum + (line.quantity as number), 0),
          subtotal,
          items: part.lines,
          status:
            order?.status === "completed"
              ? "delivered"
              : order?.status === "canceled"
                ? "canceled"
                : "pending",
          created_at: order?.created_at,
          updated_at: order?.created_at,
          ...(withJod
            ? {
                subtotal_jod: Math.round(subtotal / jodRate(context.rates, part.currency)),
                exchange_rate:
                  part.currency === "jod" ? "1" : context.rates[part.currency.toUpperCase() as Currency],
              }
            : {}),
        })
        orderLinks.push({ id: id("link"), order_id: part.order, family_order_id: familyOrderId })
        familyLinks.push({ id: id("link"), family_id: part.family, family_order_id: familyOrderId })
      }
      await insertRows(trx, "family_order", familyOrders, { extraColumns: jodColumns })
      await insertRows(trx, "order_order_familyorders_family_order", orderLinks)
      await insertRows(trx, "family_family_familyorders_family_order", familyLinks)
    })
    progress.update(Math.min(missing.length, start + ORDER_BATCH))
  }
  return missing.length
}

/** Order-currency minor units per JOD fils, for a family order's JOD share at today's rate. */
function jodRate(rates: Record<Currency, string>, currency: string): number {
  if (currency === "jod") return 1
  // 1 JOD = rate units = rate * 100 minor units; 1 JOD = 1000 fils.
  return (Number(rates[currency.toUpperCase() as Currency]) * 100) / 1000
}

function summaryTotals(total: number, paid: number) {
  const amount = (value: number) => Number(value.toFixed(3))
  const entry = (name: string, value: number) => ({
    [name]: amount(value),
    [`raw_${name}`]: raw(amount(value)),
  })
  return {
    ...entry("paid_total", paid),
    ...entry("refunded_total", 0),
    ...entry("accounting_total", total),
    ...entry("credit_line_total", 0),
    ...entry("transaction_total", paid),
    ...entry("pending_difference", total - paid),
    ...entry("current_order_total", total),
    ...entry("original_order_total", total),
  }
}

// ----------------------------------------------------------------------------------------------------- main

export async function seedScale(container: ExecArgs["container"], size: ScaleSize) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const started = Date.now()
  const timings: string[] = []
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const from = Date.now()
    const result = await work()
    timings.push(`${label} ${formatDuration(Date.now() - from)}`)
    return result
  }
  logger.info(
    `Scale seed: ${size.families} families, ${size.products} products, ${size.orders} orders (totals of scale records)`,
  )
  const rates = await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates()
  const context = await loadContext(db, rates)
  const familyModule = container.resolve<FamilyModuleService>(FAMILY_MODULE)

  // Statistics after each bulk phase: the next phase's reads (and the catalogue's) plan on them.
  const analyze = (tables: readonly string[]) =>
    db.raw(`analyze ${tables.map((name) => `"${name}"`).join(", ")}`)
  const sellers = await timed("families", () => seedFamilies(context, size.families, familyModule))
  await analyze(["family", "family_member", "family_sensitive_profile"])
  const products =
    size.products > 0 ? await timed("products", () => seedProducts(context, size.products, sellers)) : 0
  if (products > 0) await timed("analyze", () => analyze(PRODUCT_TABLES))
  const orders = size.orders > 0 ? await timed("orders", () => seedOrders(context, size.orders)) : 0
  if (orders > 0) await timed("analyze", () => analyze(ORDER_TABLES))

  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const [{ count }] = await rows<{ count: string }>(
    db,
    "select count(*) from product where deleted_at is null",
  )
  const progress = new Progress("catalogue", Number(count))
  const rebuilt = await timed("catalogue", () => catalog.refreshAll((done) => progress.update(done)))
  // VACUUM too: it sets the visibility map, so the listing's totals are index-only scans from the start.
  await timed("vacuum", () => db.raw('vacuum analyze "catalog_entry", "catalog_product"'))

  logger.info(
    `Scale seed done in ${formatDuration(Date.now() - started)} (${timings.join(", ")}): ` +
      `${products} products and ${orders} orders added; catalogue rows written ${rebuilt.written}, unchanged ${rebuilt.unchanged}`,
  )
  return { products, orders, catalogue: rebuilt, ms: Date.now() - started }
}

export default async function seedScaleScript({ container }: ExecArgs) {
  await seedScale(container, parseScaleArgs(process.argv))
}
