import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The columns the scale seed writes, per table, with the types jsonb_to_recordset needs. Columns left out keep
 * their defaults (created_at, updated_at, deleted_at, order display ids...). These are Medusa's own tables as
 * its migrations create them (2.21.2) plus ours; a batch is one INSERT ... SELECT FROM jsonb_to_recordset.
 */
export const TABLES = {
  family: {
    id: "text",
    handle: "text",
    name_ar: "text",
    name_en: "text",
    story_ar: "text",
    story_en: "text",
    governorate: "text",
    community_centre: "text",
    association: "text",
    status: "text",
    submitted_at: "timestamptz",
    approved_at: "timestamptz",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  family_member: { id: "text", email: "text", name: "text", role: "text", family_id: "text" },
  family_sensitive_profile: {
    id: "text",
    national_id_hash: "text",
    national_id_last4: "text",
    maker_gender: "text",
    age_band: "text",
    disability_in_household: "boolean",
    household_size: "integer",
    consent_given_at: "timestamptz",
    family_id: "text",
  },
  product: {
    id: "text",
    title: "text",
    handle: "text",
    description: "text",
    status: "text",
    thumbnail: "text",
    weight: "real",
    metadata: "jsonb",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  product_option: { id: "text", title: "text", is_exclusive: "boolean" },
  product_option_value: { id: "text", value: "text", option_id: "text" },
  product_product_option: { id: "text", product_id: "text", product_option_id: "text" },
  product_product_option_value: {
    id: "text",
    product_product_option_id: "text",
    product_option_value_id: "text",
  },
  product_variant: {
    id: "text",
    title: "text",
    sku: "text",
    manage_inventory: "boolean",
    allow_backorder: "boolean",
    weight: "real",
    variant_rank: "integer",
    product_id: "text",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  product_variant_option: { variant_id: "text", option_value_id: "text" },
  price_set: { id: "text" },
  price: {
    id: "text",
    price_set_id: "text",
    currency_code: "text",
    amount: "numeric",
    raw_amount: "jsonb",
    rules_count: "integer",
  },
  product_variant_price_set: { id: "text", variant_id: "text", price_set_id: "text" },
  inventory_item: {
    id: "text",
    sku: "text",
    title: "text",
    description: "text",
    weight: "integer",
    requires_shipping: "boolean",
  },
  inventory_level: {
    id: "text",
    inventory_item_id: "text",
    location_id: "text",
    stocked_quantity: "numeric",
    raw_stocked_quantity: "jsonb",
    reserved_quantity: "numeric",
    raw_reserved_quantity: "jsonb",
    incoming_quantity: "numeric",
    raw_incoming_quantity: "jsonb",
  },
  product_variant_inventory_item: {
    id: "text",
    variant_id: "text",
    inventory_item_id: "text",
    required_quantity: "numeric",
  },
  product_sales_channel: { id: "text", product_id: "text", sales_channel_id: "text" },
  product_category_product: { product_id: "text", product_category_id: "text" },
  product_shipping_profile: { id: "text", product_id: "text", shipping_profile_id: "text" },
  image: { id: "text", url: "text", rank: "integer", product_id: "text" },
  family_family_product_product: { id: "text", family_id: "text", product_id: "text" },
  order_address: {
    id: "text",
    first_name: "text",
    last_name: "text",
    address_1: "text",
    city: "text",
    country_code: "text",
    postal_code: "text",
  },
  order: {
    id: "text",
    region_id: "text",
    version: "integer",
    sales_channel_id: "text",
    status: "order_status_enum",
    is_draft_order: "boolean",
    email: "text",
    currency_code: "text",
    shipping_address_id: "text",
    billing_address_id: "text",
    no_notification: "boolean",
    metadata: "jsonb",
    canceled_at: "timestamptz",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  order_line_item: {
    id: "text",
    title: "text",
    subtitle: "text",
    thumbnail: "text",
    variant_id: "text",
    product_id: "text",
    product_title: "text",
    product_description: "text",
    product_handle: "text",
    variant_sku: "text",
    variant_title: "text",
    requires_shipping: "boolean",
    is_discountable: "boolean",
    is_tax_inclusive: "boolean",
    unit_price: "numeric",
    raw_unit_price: "jsonb",
    metadata: "jsonb",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  order_item: {
    id: "text",
    order_id: "text",
    version: "integer",
    item_id: "text",
    quantity: "numeric",
    raw_quantity: "jsonb",
    fulfilled_quantity: "numeric",
    shipped_quantity: "numeric",
    return_requested_quantity: "numeric",
    return_received_quantity: "numeric",
    return_dismissed_quantity: "numeric",
    written_off_quantity: "numeric",
    delivered_quantity: "numeric",
    metadata: "jsonb",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  order_summary: { id: "text", order_id: "text", version: "integer", totals: "jsonb" },
  family_order: {
    id: "text",
    order_id: "text",
    family_id: "text",
    display_id: "text",
    currency_code: "text",
    item_count: "integer",
    subtotal: "integer",
    items: "jsonb",
    status: "text",
    created_at: "timestamptz",
    updated_at: "timestamptz",
  },
  order_order_familyorders_family_order: { id: "text", order_id: "text", family_order_id: "text" },
  family_family_familyorders_family_order: { id: "text", family_id: "text", family_order_id: "text" },
} as const satisfies Record<string, Record<string, string>>

export type TableName = keyof typeof TABLES
export type Row = Record<string, unknown>

// One statement carries at most this many rows: big enough to be fast, small enough for PostgreSQL's JSON limits.
const ROWS_PER_STATEMENT = 2_000

/** Inserts rows (objects keyed by column) in as few statements as possible; `returning` columns come back. */
export async function insertRows(
  db: Knex | Knex.Transaction,
  table: TableName,
  rows: readonly Row[],
  options: { returning?: string[]; extraColumns?: Record<string, string> } = {},
): Promise<Row[]> {
  const columns = { ...TABLES[table], ...options.extraColumns } as Record<string, string>
  const names = Object.keys(columns)
    .map((name) => `"${name}"`)
    .join(", ")
  const types = Object.entries(columns)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(", ")
  const returning = options.returning?.length
    ? ` returning ${options.returning.map((name) => `"${name}"`).join(", ")}`
    : ""
  const returned: Row[] = []
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT)
    const t0 = Date.now()
    const result = await db.raw(
      `insert into "${table}" (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as r(${types})${returning}`,
      [JSON.stringify(chunk)],
    )
    if (process.env.SCALE_DEBUG) process.stderr.write(`${table} ${chunk.length} rows ${Date.now() - t0} ms\n`)
    returned.push(...((result as { rows?: Row[] }).rows ?? []))
  }
  return returned
}

/** Medusa keeps every BigNumber twice: the number and `{ value, precision }`. */
export const raw = (value: number | string) => ({ value: String(value), precision: 20 })
