import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ConsignmentItem, consignmentsService, familiesService, itemsOf } from "../utils/services"

export type ConsignmentContext = {
  consignment: {
    id: string
    order_id: string
    display_id: string
    family_id: string
    family_order_id: string
    status: string
    code: string
    hub: string
    dropoff_deadline: Date
    items: ConsignmentItem[]
  }
  family: { name_ar: string; name_en: string; emails: string[] }
  order: { email: string | null; currency_code: string }
}

export const loadConsignmentContextStepId = "load-consignment-context"

/** The consignment with what its messages need: the family's names and members, the buyer's email. Reads only. */
export const loadConsignmentContextStep = createStep(
  loadConsignmentContextStepId,
  async (input: { consignment_id: string; family_id?: string }, { container }) => {
    const filters = { id: input.consignment_id, ...(input.family_id ? { family_id: input.family_id } : {}) }
    const [row] = await consignmentsService(container).listConsignments(filters)
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consignment not found")
    const [family] = await familiesService(container).listFamilies(
      { id: row.family_id },
      { relations: ["members"] },
    )
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "email", "currency_code"],
      filters: { id: row.order_id },
    })
    const context: ConsignmentContext = {
      consignment: {
        id: row.id,
        order_id: row.order_id,
        display_id: row.display_id,
        family_id: row.family_id,
        family_order_id: row.family_order_id,
        status: row.status,
        code: row.code,
        hub: row.hub,
        dropoff_deadline: row.dropoff_deadline,
        items: itemsOf(row.items),
      },
      family: {
        name_ar: family?.name_ar ?? "",
        name_en: family?.name_en ?? "",
        emails: (family?.members ?? []).map((member) => member.email),
      },
      order: { email: data[0]?.email ?? null, currency_code: data[0]?.currency_code ?? "" },
    }
    return new StepResponse(context)
  },
)
