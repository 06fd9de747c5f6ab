import { model } from "@medusajs/framework/utils"

/**
 * The catalogue's read model: one row per product, currency and sales channel, holding everything a listing
 * card shows and every column the store filters and sorts on, so a page and its total are index scans of one
 * table (the total often index-only). Rebuilt from Medusa's tables by the catalog module, never by hand;
 * `visible` is the store's rule (a published product of an approved family). The partial indexes live in the
 * migration.
 */
export const CatalogEntry = model
  .define("catalog_entry", {
    id: model.id({ prefix: "catent" }).primaryKey(),
    product_id: model.text(),
    currency_code: model.text(),
    handle: model.text(),
    title_en: model.text(),
    title_ar: model.text(),
    thumbnail: model.text().nullable(),
    price_amount: model.number(),
    family_id: model.text().nullable(),
    family_handle: model.text().nullable(),
    family_name_en: model.text().nullable(),
    family_name_ar: model.text().nullable(),
    family_status: model.text().nullable(),
    governorate: model.text().nullable(),
    category_handle: model.text().nullable(),
    product_status: model.text(),
    sales_channel_id: model.text(),
    visible: model.boolean().default(false),
    in_stock: model.boolean().default(false),
    rating: model.float().nullable(),
    review_count: model.number().default(0),
    popularity: model.number().default(0),
    product_created_at: model.dateTime(),
    fingerprint: model.text(),
  })
  .indexes([
    { on: ["product_id", "currency_code", "sales_channel_id"], unique: true, where: null },
    { on: ["family_id"], where: null },
  ])
