import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { loadFamilyProductStep } from "../steps/load-family-product"

export const deleteFamilyProductWorkflowId = "delete-family-product"

/** A family removes one of its products: Medusa soft-deletes it with its variant, stock and links (the family link too). */
export const deleteFamilyProductWorkflow = createWorkflow(
  deleteFamilyProductWorkflowId,
  (input: { family_id: string; product_id: string }) => {
    const product = loadFamilyProductStep(input)
    deleteProductsWorkflow.runAsStep({
      input: transform({ product }, ({ product }) => ({ ids: [product.id] })),
    })
    return new WorkflowResponse(transform({ product }, ({ product }) => ({ id: product.id })))
  },
)
