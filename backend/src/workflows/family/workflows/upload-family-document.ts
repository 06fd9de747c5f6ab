import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type StoreFamilyDocumentInput, storeFamilyDocumentStep } from "../steps/store-family-document"
import { validateFamilyEditableStep } from "../steps/validate-family-editable"

export const uploadFamilyDocumentWorkflowId = "upload-family-document"

export const uploadFamilyDocumentWorkflow = createWorkflow(
  uploadFamilyDocumentWorkflowId,
  (input: StoreFamilyDocumentInput) => {
    validateFamilyEditableStep(input)
    return new WorkflowResponse(storeFamilyDocumentStep(input))
  },
)
