import { WorkflowManager } from "@medusajs/framework/orchestration"
import { exportWorkflow } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"

export const placeOrderWorkflowId = "usra-place-order"

/**
 * Medusa's complete-cart workflow, step for step and handler for handler (hooks on it included: the handlers are
 * shared), registered under its own id without `store`. Medusa stores every run of its own for three days: at each
 * of its steps the engine reads the last checkpoint back from Redis, serializes the whole context (the cart, its
 * lines, the new order) and writes it again, and it upserts the execution into PostgreSQL at the start and end.
 * That costs more with every line of the cart. Nothing in Usra reads those records: an order is found through its
 * cart link, and what makes completion safe is the same in both (the cart lock, the existing-order check at the
 * start, compensation on failure), so a cart completed through either route still makes one order.
 */
export function registerPlaceOrderWorkflow(): string {
  if (WorkflowManager.getWorkflow(placeOrderWorkflowId)) return placeOrderWorkflowId
  const medusa = WorkflowManager.getWorkflow(completeCartWorkflowId)
  if (!medusa?.flow_) throw new Error(`Medusa's workflow ${completeCartWorkflowId} is not registered`)
  const { store: _store, retentionTime: _retention, ...options } = medusa.options
  WorkflowManager.register(placeOrderWorkflowId, medusa.flow_, medusa.handlers_, options)
  exportWorkflow(placeOrderWorkflowId, undefined, { wrappedInput: true })
  return placeOrderWorkflowId
}
