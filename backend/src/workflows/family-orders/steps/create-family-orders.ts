import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../modules/family-orders/service"
import type { PlannedFamilyOrder } from "./plan-family-orders"

export const createFamilyOrdersStepId = "create-family-orders"

/**
 * Creates the child orders that do not exist yet, so a split that runs twice creates each one once. Returns
 * only the new ones (they are the ones to link and to announce); compensation deletes them.
 */
export const createFamilyOrdersStep = createStep(
  createFamilyOrdersStepId,
  async (plans: PlannedFamilyOrder[], { container }) => {
    const familyOrders = container.resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
    if (plans.length === 0) return new StepResponse([], [])
    const existing = await familyOrders.listFamilyOrders({ order_id: plans[0]?.order_id })
    const done = new Set(existing.map((row) => row.family_id))
    const fresh = plans.filter((plan) => !done.has(plan.family_id))
    const created = fresh.length
      ? await familyOrders.createFamilyOrders(
          fresh.map(({ family_name_ar, family_name_en, member_emails, items, ...row }) => ({
            ...row,
            // A JSON column typed as an object; the lines are an array.
            items: items as unknown as Record<string, unknown>,
          })),
        )
      : []
    return new StepResponse(
      created.map((row) => ({
        ...row,
        plan: fresh.find((plan) => plan.family_id === row.family_id) as PlannedFamilyOrder,
      })),
      created.map((row) => row.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE).deleteFamilyOrders(ids)
  },
)
