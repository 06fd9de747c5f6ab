import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const MAX_IMAGES_PER_PRODUCT = 8

export const validateImageCountStepId = "validate-image-count"

/** A product shows at most eight photos. */
export const validateImageCountStep = createStep(
  validateImageCountStepId,
  async (input: { existing: number; adding: number }) => {
    if (input.adding === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "images: attach at least one image")
    }
    if (input.existing + input.adding > MAX_IMAGES_PER_PRODUCT) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `images: a product has at most ${MAX_IMAGES_PER_PRODUCT} photos; it has ${input.existing} and you sent ${input.adding}`,
      )
    }
    return new StepResponse(input)
  },
)
