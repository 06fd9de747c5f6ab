import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addFavouriteWorkflow } from "../../../../../workflows/reviews/workflows/add-favourite"
import { removeFavouriteWorkflow } from "../../../../../workflows/reviews/workflows/remove-favourite"
import type {
  StoreAddFavourite,
  StoreFavouritesQuery,
  StoreRemoveFavouriteQuery,
} from "../../../reviews/validators"
import { readFavourites } from "./view"

/** GET /store/customers/me/favourites?limit=&offset=: the signed-in customer's saved products, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreFavouritesQuery>,
  res: MedusaResponse,
) {
  const { limit, offset } = req.validatedQuery
  const { favourites, count } = await readFavourites(req.scope, req.auth_context.actor_id, { limit, offset })
  res.json({ favourites, count, limit, offset })
}

/**
 * POST /store/customers/me/favourites `{ product_id }`: saves a product on sale. 201 when new, 200 when it was
 * already saved. Unknown or not on sale: 404; no or bad product_id, other fields: 400 naming them.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddFavourite>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { result } = await addFavouriteWorkflow(req.scope).run({
    input: { customer_id: customerId, product_id: req.validatedBody.product_id },
  })
  const { favourites } = await readFavourites(
    req.scope,
    customerId,
    { limit: 1, offset: 0 },
    req.validatedBody.product_id,
  )
  res.status(result.created ? 201 : 200).json({ favourite: favourites[0] ?? null })
}

/**
 * DELETE /store/customers/me/favourites?product_id=: removes a product from the caller's favourites (the same as
 * DELETE /store/customers/me/favourites/:product_id). Not among them: 404.
 */
export async function DELETE(
  req: AuthenticatedMedusaRequest<unknown, StoreRemoveFavouriteQuery>,
  res: MedusaResponse,
) {
  const productId = req.validatedQuery.product_id
  await removeFavouriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: productId },
  })
  res.json({ product_id: productId, object: "favourite", deleted: true })
}
