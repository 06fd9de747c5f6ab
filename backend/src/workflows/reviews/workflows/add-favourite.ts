import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addFavouriteStep, type FavouriteInput } from "../steps/add-favourite"

export const addFavouriteWorkflowId = "add-favourite"

/** A customer saves a product on sale; saving it twice keeps one. */
export const addFavouriteWorkflow = createWorkflow(addFavouriteWorkflowId, (input: FavouriteInput) => {
  return new WorkflowResponse(addFavouriteStep(input))
})
