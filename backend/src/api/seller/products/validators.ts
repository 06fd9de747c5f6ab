import { z } from "zod"
import { CATEGORIES } from "../../../scripts/seed-data/categories"
import { pagination } from "../../utils/pagination"

const CATEGORY_HANDLES = CATEGORIES.map((category) => category.handle) as [string, ...string[]]

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)

const whole = (field: string, min: number, max: number, unit = "") =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} must be a whole number${unit}`)
    .min(min, `${field} must be at least ${min}${unit}`)
    .max(max, `${field} must be at most ${max}${unit}`)

/**
 * What a family may set. The objects are strict, so `status`, `listing_status`, `family_id`, `handle`, `prices`,
 * `usd`..., `commission`, ids of any kind and every other field are a 400 naming the field.
 */
const productFields = {
  title_en: text("title_en", 200),
  title_ar: text("title_ar", 200),
  description_en: text("description_en", 5000),
  description_ar: text("description_ar", 5000),
  category: z.enum(CATEGORY_HANDLES, { error: `category must be one of: ${CATEGORY_HANDLES.join(", ")}` }),
  price_jod_fils: whole("price_jod_fils", 1, 10_000_000, " (fils: 1 JOD = 1000)"),
  stock: whole("stock", 0, 10_000),
  weight_grams: whole("weight_grams", 1, 30_000, " (grams)"),
  processing_days: whole("processing_days", 1, 60, " (days)"),
  materials_en: text("materials_en", 500),
  materials_ar: text("materials_ar", 500),
}

export const SellerCreateProduct = z.strictObject(productFields)
export type SellerCreateProduct = z.infer<typeof SellerCreateProduct>

export const SellerUpdateProduct = z
  .strictObject({
    title_en: productFields.title_en.optional(),
    title_ar: productFields.title_ar.optional(),
    description_en: productFields.description_en.optional(),
    description_ar: productFields.description_ar.optional(),
    category: productFields.category.optional(),
    price_jod_fils: productFields.price_jod_fils.optional(),
    stock: productFields.stock.optional(),
    weight_grams: productFields.weight_grams.optional(),
    processing_days: productFields.processing_days.optional(),
    materials_en: productFields.materials_en.optional(),
    materials_ar: productFields.materials_ar.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "send at least one field to change" })
export type SellerUpdateProduct = z.infer<typeof SellerUpdateProduct>

export const SellerProductsQuery = z.object({
  ...pagination(),
})
export type SellerProductsQuery = z.infer<typeof SellerProductsQuery>

/** Submit and the image upload take no JSON fields; anything sent is refused. */
export const SellerEmptyBody = z.strictObject({})
