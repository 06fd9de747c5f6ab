import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type FavouriteRow = {
  id: string
  product_id: string
  created_at: Date | string
  product?: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    status: string
    metadata?: Record<string, unknown> | null
  } | null
}

/** The customer's favourites, newest first, each with the product's names and whether it is still on sale. */
export async function readFavourites(
  scope: Pick<MedusaContainer, "resolve">,
  customerId: string,
  page: { limit: number; offset: number },
  productId?: string,
) {
  const { data, metadata } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "favourite",
    fields: [
      "id",
      "product_id",
      "created_at",
      "product.id",
      "product.handle",
      "product.title",
      "product.thumbnail",
      "product.status",
      "product.metadata",
    ],
    filters: { customer_id: customerId, ...(productId ? { product_id: productId } : {}) },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const favourites = (data as unknown as FavouriteRow[]).map((row) => ({
    id: row.id,
    product_id: row.product_id,
    created_at: row.created_at,
    product: row.product
      ? {
          id: row.product.id,
          handle: row.product.handle,
          title_en: row.product.title,
          title_ar: typeof row.product.metadata?.title_ar === "string" ? row.product.metadata.title_ar : null,
          thumbnail: row.product.thumbnail,
          on_sale: row.product.status === "published",
        }
      : null,
  }))
  return { favourites, count: metadata?.count ?? favourites.length }
}
