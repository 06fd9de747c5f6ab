import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, type ProductStatus } from "@medusajs/framework/utils"
import { listingStatusOf, medusaStatusFor } from "../../lib/listings/lifecycle"
import FamilyProductLink from "../../links/family-product"
import { FAMILY_MODULE } from "../../modules/family"
import { familyForProduct } from "../seed-data/families"
import type { SeedProduct } from "../seed-data/types"
import type { SeededFamily } from "./families"
import type { SeedSummary } from "./summary"

/**
 * Links every demo product to the family of its governorate that makes it, marks it a published listing, and
 * gives it the Medusa status its family allows (a suspended family's products are hidden).
 */
export async function ensureFamilyProducts(
  container: MedusaContainer,
  catalogue: readonly SeedProduct[],
  families: ReadonlyMap<string, SeededFamily>,
  summary: SeedSummary,
): Promise<void> {
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts(
      { handle: catalogue.map((product) => product.handle) },
      { select: ["id", "handle", "status", "metadata"], take: null },
    )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: FamilyProductLink.entryPoint,
    fields: ["product_id", "family_id"],
    filters: { product_id: products.map((product) => product.id) },
  })
  const linkedTo = new Map(links.map((link) => [link.product_id as string, link.family_id as string]))
  const statusOf = new Map([...families.values()].map((family) => [family.id, family.status]))
  const seedByHandle = new Map(catalogue.map((product) => [product.handle, product]))

  const newLinks: Record<string, Record<string, string>>[] = []
  const updates: { id: string; status: ProductStatus; metadata: Record<string, unknown> }[] = []
  for (const product of products) {
    const seed = seedByHandle.get(product.handle)
    if (!seed) continue
    let familyId = linkedTo.get(product.id)
    if (!familyId) {
      const family = families.get(familyForProduct(seed).handle)
      if (!family) throw new Error(`The family for "${product.handle}" was not seeded`)
      familyId = family.id
      newLinks.push({
        [FAMILY_MODULE]: { family_id: familyId },
        [Modules.PRODUCT]: { product_id: product.id },
      })
    }
    const listing = listingStatusOf(product)
    const status = medusaStatusFor(listing, statusOf.get(familyId) ?? "approved") as ProductStatus
    if (product.metadata?.listing_status !== listing || product.status !== status) {
      updates.push({ id: product.id, status, metadata: { ...product.metadata, listing_status: listing } })
    }
  }
  if (newLinks.length > 0) await container.resolve(ContainerRegistrationKeys.LINK).create(newLinks)
  if (updates.length > 0) await container.resolve(Modules.PRODUCT).upsertProducts(updates)
  summary.record("family ↔ product links", newLinks.length, products.length - newLinks.length)
  summary.record("listing statuses", updates.length, products.length - updates.length)
}
