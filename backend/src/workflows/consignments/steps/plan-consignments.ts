import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dropoffDeadline, processingDaysOf } from "../../../lib/consignments/deadline"
import { hubOf } from "../../../lib/consignments/hub"
import {
  type ConsignmentItem,
  consignmentsService,
  familiesService,
  familyOrdersService,
} from "../utils/services"

export type PlannedConsignment = {
  order_id: string
  display_id: string
  family_order_id: string
  family_id: string
  hub: string
  items: ConsignmentItem[]
  dropoff_deadline: Date
  family: { name_ar: string; name_en: string; emails: string[] }
}

export const planConsignmentsStepId = "plan-consignments"

/**
 * One consignment per family order of the order that has none yet: its items, its family's hub, and a deadline
 * from the slowest product's processing days. Reads only.
 */
export const planConsignmentsStep = createStep(
  planConsignmentsStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "created_at"],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${input.order_id}" was not found`)
    const familyOrders = await familyOrdersService(container).listFamilyOrders({ order_id: order.id })
    const existing = await consignmentsService(container).listConsignments(
      { order_id: order.id },
      { select: ["family_id"] },
    )
    const done = new Set(existing.map((row) => row.family_id))
    const todo = familyOrders.filter((row) => !done.has(row.family_id))
    if (todo.length === 0) return new StepResponse([] as PlannedConsignment[])

    const lines = todo.flatMap(
      (row) => (row.items as unknown as (ConsignmentItem & { unit_price?: number })[]) ?? [],
    )
    const productIds = [...new Set(lines.map((line) => line.product_id).filter(Boolean))] as string[]
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "metadata"],
      filters: { id: productIds },
    })
    const daysOf = new Map(products.map((product) => [product.id, processingDaysOf(product.metadata)]))
    const families = await familiesService(container).listFamilies(
      { id: todo.map((row) => row.family_id) },
      { relations: ["members"] },
    )
    const familyOf = new Map(families.map((family) => [family.id, family]))
    const placedAt = new Date(order.created_at as unknown as string)

    const plans = todo.map((row): PlannedConsignment => {
      const family = familyOf.get(row.family_id)
      const items = ((row.items as unknown as ConsignmentItem[]) ?? []).map((item) => ({
        line_item_id: item.line_item_id,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        title: item.title,
        quantity: item.quantity,
      }))
      const days = items.map((item) => daysOf.get(item.product_id ?? "")).filter((d) => d !== undefined)
      return {
        order_id: order.id,
        display_id: String(order.display_id),
        family_order_id: row.id,
        family_id: row.family_id,
        hub: hubOf(family ?? {}),
        items,
        dropoff_deadline: dropoffDeadline(placedAt, days as number[]),
        family: {
          name_ar: family?.name_ar ?? "",
          name_en: family?.name_en ?? "",
          emails: (family?.members ?? []).map((member) => member.email),
        },
      }
    })
    return new StepResponse(plans)
  },
)
