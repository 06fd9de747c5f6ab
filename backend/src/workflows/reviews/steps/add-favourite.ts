import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { favouritesService } from "../utils/services"

export type FavouriteInput = { customer_id: string; product_id: string }

export const addFavouriteStepId = "add-favourite"

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate/i.test(String((error as { message?: unknown })?.message ?? ""))

/**
 * Saves a product on sale to the customer's favourites; saving it again changes nothing (the unique index keeps
 * one row even when two requests race). Unknown or not on sale: 404. Compensation removes only a row it made.
 */
export const addFavouriteStep = createStep(
  addFavouriteStepId,
  async (input: FavouriteInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "status"],
      filters: { id: input.product_id },
    })
    if (data[0]?.status !== "published") {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_id: product "${input.product_id}" was not found`,
      )
    }
    const service = favouritesService(container)
    const existing = async () => (await service.listFavourites(input))[0]
    const known = await existing()
    if (known) return new StepResponse({ favourite: known, created: false }, null)
    try {
      const favourite = await service.createFavourites(input)
      return new StepResponse({ favourite, created: true }, favourite.id)
    } catch (error) {
      const raced = isUniqueViolation(error) ? await existing() : undefined
      if (raced) return new StepResponse({ favourite: raced, created: false }, null)
      throw error
    }
  },
  async (createdId, { container }) => {
    if (createdId) await favouritesService(container).deleteFavourites(createdId)
  },
)
