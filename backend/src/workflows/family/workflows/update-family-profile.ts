import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FamilyProfileUpdate, updateFamilyProfileStep } from "../steps/update-family-profile"
import { validateFamilyEditableStep } from "../steps/validate-family-editable"

export const updateFamilyProfileWorkflowId = "update-family-profile"

export const updateFamilyProfileWorkflow = createWorkflow(
  updateFamilyProfileWorkflowId,
  (input: FamilyProfileUpdate) => {
    validateFamilyEditableStep(input)
    return new WorkflowResponse(updateFamilyProfileStep(input))
  },
)
