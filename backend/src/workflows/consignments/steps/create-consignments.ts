import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateConsignmentCode } from "../../../lib/consignments/code"
import { consignmentsService } from "../utils/services"
import type { PlannedConsignment } from "./plan-consignments"

export const createConsignmentsStepId = "create-consignments"

const ATTEMPTS = 3

/**
 * Creates the planned consignments, each with a fresh code. A clash (of a code, or with a run racing this one on
 * the (order, family) index) is retried with what is still missing; compensation deletes what this step made.
 */
export const createConsignmentsStep = createStep(
  createConsignmentsStepId,
  async (plans: PlannedConsignment[], { container }) => {
    const service = consignmentsService(container)
    if (plans.length === 0) return new StepResponse([], [] as string[])
    let lastError: unknown
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const existing = await service.listConsignments(
        { order_id: plans[0]?.order_id },
        { select: ["family_id"] },
      )
      const done = new Set(existing.map((row) => row.family_id))
      const fresh = plans.filter((plan) => !done.has(plan.family_id))
      if (fresh.length === 0) return new StepResponse([], [] as string[])
      try {
        const created = await service.createConsignments(
          fresh.map(({ family, items, ...row }) => ({
            ...row,
            code: generateConsignmentCode(),
            items: items as unknown as Record<string, unknown>,
          })),
        )
        const withPlans = created.map((row) => ({
          ...row,
          plan: fresh.find((plan) => plan.family_id === row.family_id) as PlannedConsignment,
        }))
        return new StepResponse(
          withPlans,
          created.map((row) => row.id),
        )
      } catch (error) {
        lastError = error
      }
    }
    throw lastError
  },
  async (ids, { container }) => {
    if (ids?.length) await consignmentsService(container).deleteConsignments(ids)
  },
)
