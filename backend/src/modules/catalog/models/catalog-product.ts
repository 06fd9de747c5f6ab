import { model } from "@medusajs/framework/utils"

/**
 * Once per product: the product page's extra words and pictures, and the folded Arabic/English text search
 * runs on (trigram index in the migration). The card's fields are in CatalogEntry.
 */
export const CatalogProduct = model
  .define("catalog_product", {
    id: model.id({ prefix: "catprd" }).primaryKey(),
    product_id: model.text(),
    handle: model.text(),
    variant_id: model.text().nullable(),
    description_en: model.text().nullable(),
    description_ar: model.text().nullable(),
    materials_en: model.text().nullable(),
    materials_ar: model.text().nullable(),
    category_name_en: model.text().nullable(),
    category_name_ar: model.text().nullable(),
    images: model.json(),
    weight_grams: model.number().nullable(),
    processing_days: model.number().nullable(),
    search_text: model.text(),
    title_search: model.text(),
    fingerprint: model.text(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: null }])
