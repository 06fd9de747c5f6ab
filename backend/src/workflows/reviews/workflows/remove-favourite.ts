import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FavouriteInput } from "../steps/add-favourite"
import { removeFavouriteStep } from "../steps/remove-favourite"

export const removeFavouriteWorkflowId = "remove-favourite"

/** A customer removes a product from their own favourites. */
export const removeFavouriteWorkflow = createWorkflow(removeFavouriteWorkflowId, (input: FavouriteInput) => {
  return new WorkflowResponse(removeFavouriteStep(input))
})
