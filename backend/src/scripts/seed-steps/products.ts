import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedProduct } from "../seed-data/types"
import { demoImageUrl } from "./images"
import { toProductInput } from "./product-input"
import type { SeedSummary } from "./summary"

// Small enough that one failed batch is easy to read about, large enough to stay quick.
const BATCH_SIZE = 40

export interface CatalogueContext {
  categoryIds: ReadonlyMap<string, string>
  salesChannelId: string
  shippingProfileId: string
}

/** Creates the products whose handles do not exist yet, published, priced and in their categories. */
export async function ensureProducts(
  container: MedusaContainer,
  catalogue: readonly SeedProduct[],
  context: CatalogueContext,
  summary: SeedSummary,
): Promise<void> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts(
    { handle: catalogue.map((product) => product.handle) },
    { select: ["id", "handle"], take: null },
  )
  const present = new Set(existing.map((product) => product.handle))
  const missing = catalogue.filter((product) => !present.has(product.handle))

  for (let start = 0; start < missing.length; start += BATCH_SIZE) {
    const batch = missing.slice(start, start + BATCH_SIZE)
    await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) => {
          const categoryId = context.categoryIds.get(product.category)
          if (!categoryId)
            throw new Error(`No category "${product.category}" for product "${product.handle}"`)
          return toProductInput(product, {
            categoryId,
            salesChannelId: context.salesChannelId,
            shippingProfileId: context.shippingProfileId,
            imageUrl: demoImageUrl(product.handle),
          })
        }),
      },
    })
  }
  summary.record("products", missing.length, present.size)
}
