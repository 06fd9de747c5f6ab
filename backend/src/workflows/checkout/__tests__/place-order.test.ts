import { TransactionOrchestrator, WorkflowManager } from "@medusajs/framework/orchestration"
import { MedusaWorkflow } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import { describe, expect, it } from "vitest"
import { placeOrderWorkflowId, registerPlaceOrderWorkflow } from "../place-order"

describe("registerPlaceOrderWorkflow", () => {
  it("registers Medusa's complete-cart flow and handlers again, without storing its runs", () => {
    const medusa = WorkflowManager.getWorkflow(completeCartWorkflowId)
    expect(medusa?.options).toMatchObject({ store: true })

    expect(registerPlaceOrderWorkflow()).toBe(placeOrderWorkflowId)
    const ours = WorkflowManager.getWorkflow(placeOrderWorkflowId)
    expect(ours?.flow_).toBe(medusa?.flow_)
    // The same map: a hook registered on Medusa's workflow runs in ours too.
    expect(ours?.handlers_).toBe(medusa?.handlers_)
    expect(ours?.options.store).toBeUndefined()
    expect(ours?.options.retentionTime).toBeUndefined()
    // What the engine reads at every checkpoint, and what it runs.
    expect(TransactionOrchestrator.getWorkflowOptions(placeOrderWorkflowId)?.store).toBeFalsy()
    expect(TransactionOrchestrator.getWorkflowOptions(completeCartWorkflowId)?.store).toBe(true)
    expect(MedusaWorkflow.getWorkflow(placeOrderWorkflowId)).toBeTypeOf("function")
  })

  it("registers once however often it is asked", () => {
    registerPlaceOrderWorkflow()
    const first = WorkflowManager.getWorkflow(placeOrderWorkflowId)
    registerPlaceOrderWorkflow()
    expect(WorkflowManager.getWorkflow(placeOrderWorkflowId)).toBe(first)
  })
})
