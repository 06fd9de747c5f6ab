import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES } from "../seed-data/categories"
import type { SeedSummary } from "./summary"

/** Creates the missing categories and returns every category's id by handle. */
export async function ensureCategories(
  container: MedusaContainer,
  summary: SeedSummary,
): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((category) => category.handle)
  const existing = await products.listProductCategories({ handle: handles })
  const present = new Set(existing.map((category) => category.handle))
  const missing = CATEGORIES.filter((category) => !present.has(category.handle))

  const created =
    missing.length === 0
      ? []
      : (
          await createProductCategoriesWorkflow(container).run({
            input: {
              product_categories: missing.map((category) => ({
                name: category.name,
                handle: category.handle,
                description: category.description,
                is_active: true,
                metadata: { name_ar: category.nameAr },
              })),
            },
          })
        ).result
  summary.record("product categories", missing.length, existing.length)
  return new Map([...existing, ...created].map((category) => [category.handle, category.id]))
}
