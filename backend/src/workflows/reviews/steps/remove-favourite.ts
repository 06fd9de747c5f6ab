import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { favouritesService } from "../utils/services"
import type { FavouriteInput } from "./add-favourite"

export const removeFavouriteStepId = "remove-favourite"

/**
 * Removes a product from the caller's favourites. Not among them (whoever else saved it): 404. Compensation
 * restores the row.
 */
export const removeFavouriteStep = createStep(
  removeFavouriteStepId,
  async (input: FavouriteInput, { container }) => {
    const service = favouritesService(container)
    const [favourite] = await service.listFavourites(input, { select: ["id"] })
    if (!favourite) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_id: product "${input.product_id}" is not among your favourites`,
      )
    }
    await service.softDeleteFavourites(favourite.id)
    return new StepResponse(favourite.id, favourite.id)
  },
  async (id, { container }) => {
    if (id) await favouritesService(container).restoreFavourites(id)
  },
)
