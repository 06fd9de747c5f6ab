import { z } from "zod"
import { CATALOG_SORTS } from "../../../modules/catalog/listing/query"
import { searchWords } from "../../../modules/catalog/search-text"
import { GOVERNORATES } from "../../../modules/family/constants"
import { CATEGORIES } from "../../../scripts/seed-data/categories"
import { limitParam, offsetParam } from "../../utils/pagination"

const CATEGORY_HANDLES = CATEGORIES.map((category) => category.handle) as [string, ...string[]]
const MAX_PRICE = 1_000_000_000
const MAX_PAGE = 10_000

const regionId = z
  .string({ error: "region_id is required: the id of the region whose currency the prices are in" })
  .trim()
  .min(1, "region_id is required: the id of the region whose currency the prices are in")
  .max(100, "region_id must be at most 100 characters")

const lang = z.enum(["ar", "en"], { error: "lang must be ar or en" }).default("en")

const price = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number of the currency's minor units (fils, cents)`)
    .min(0, `${name} must be 0 or more`)
    .max(MAX_PRICE, `${name} must be at most ${MAX_PRICE}`)
    .optional()

export const StoreCatalogQuery = z
  .object({
    region_id: regionId,
    lang,
    category: z
      .enum(CATEGORY_HANDLES, { error: `category must be one of: ${CATEGORY_HANDLES.join(", ")}` })
      .optional(),
    governorate: z
      .enum(GOVERNORATES, { error: `governorate must be one of: ${GOVERNORATES.join(", ")}` })
      .optional(),
    family: z
      .string({ error: "family must be a family handle" })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "family must be a family handle such as umm-khalil-kitchen")
      .optional(),
    min_price: price("min_price"),
    max_price: price("max_price"),
    q: z
      .string({ error: "q must be text" })
      .trim()
      .min(1, "q must not be empty")
      .max(100, "q must be at most 100 characters")
      .refine((text) => searchWords(text).length > 0, "q must contain at least one letter or digit")
      .optional(),
    sort: z.enum(CATALOG_SORTS, { error: `sort must be one of: ${CATALOG_SORTS.join(", ")}` }).optional(),
    limit: limitParam(20),
    // The shared offset's rules without its default, so an offset left out is told apart from page.
    offset: offsetParam.unwrap().optional(),
    page: z.coerce
      .number({ error: "page must be a number" })
      .int("page must be a whole number")
      .min(1, "page must be at least 1")
      .max(MAX_PAGE, `page must be at most ${MAX_PAGE}`)
      .optional(),
  })
  .superRefine((query, ctx) => {
    if (query.min_price !== undefined && query.max_price !== undefined && query.min_price > query.max_price) {
      ctx.addIssue({
        code: "custom",
        path: ["min_price"],
        message: "min_price must not be more than max_price",
      })
    }
    if (query.page !== undefined && query.offset !== undefined) {
      ctx.addIssue({ code: "custom", path: ["page"], message: "page and offset cannot be used together" })
    }
    if (query.sort === "relevance" && query.q === undefined) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: "sort=relevance needs a search text in q" })
    }
  })
export type StoreCatalogQuery = z.infer<typeof StoreCatalogQuery>

export const StoreCatalogProductQuery = z.object({ region_id: regionId, lang })
export type StoreCatalogProductQuery = z.infer<typeof StoreCatalogProductQuery>
