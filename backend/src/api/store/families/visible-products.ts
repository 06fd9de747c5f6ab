import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import FamilyProductLink from "../../../links/family-product"

type Container = Pick<MedusaContainer, "resolve">

/**
 * The same rule /store/products applies: published, and in a sales channel of the request's publishable key.
 * Suspension sets a family's products to draft, so they drop out here exactly as they do there.
 */
async function visibleAmong(
  container: Container,
  productIds: string[],
  salesChannelIds: string[],
  categoryId?: string,
): Promise<Set<string>> {
  if (productIds.length === 0 || salesChannelIds.length === 0) return new Set()
  const published = await container.resolve(Modules.PRODUCT).listProducts(
    {
      id: productIds,
      status: ProductStatus.PUBLISHED,
      ...(categoryId ? { categories: { id: [categoryId] } } : {}),
    },
    { select: ["id"], take: null },
  )
  if (published.length === 0) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: published.map((product) => product.id), sales_channel_id: salesChannelIds },
  })
  return new Set(data.map((link) => link.product_id as string))
}

/** Each family's products a buyer can see, by family id. */
export async function visibleProductsByFamily(
  container: Container,
  familyIds: string[],
  salesChannelIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(familyIds.map((id) => [id, []]))
  if (familyIds.length === 0) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: FamilyProductLink.entryPoint,
    fields: ["family_id", "product_id"],
    filters: { family_id: familyIds },
  })
  const visible = await visibleAmong(
    container,
    links.map((link) => link.product_id as string),
    salesChannelIds,
  )
  for (const link of links) {
    if (visible.has(link.product_id as string)) result.get(link.family_id as string)?.push(link.product_id)
  }
  return result
}

/** The families with at least one visible product in the category. */
export async function familiesSellingIn(
  container: Container,
  categoryHandle: string,
  salesChannelIds: string[],
): Promise<string[]> {
  const products = container.resolve(Modules.PRODUCT)
  const [category] = await products.listProductCategories({ handle: categoryHandle }, { select: ["id"] })
  if (!category) return []
  const inCategory = await products.listProducts(
    { status: ProductStatus.PUBLISHED, categories: { id: [category.id] } },
    { select: ["id"], take: null },
  )
  const visible = await visibleAmong(
    container,
    inCategory.map((product) => product.id),
    salesChannelIds,
  )
  if (visible.size === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: FamilyProductLink.entryPoint,
    fields: ["family_id"],
    filters: { product_id: [...visible] },
  })
  return [...new Set(links.map((link) => link.family_id as string))]
}
