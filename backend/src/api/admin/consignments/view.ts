import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CONSIGNMENTS_MODULE } from "../../../modules/consignments"
import type ConsignmentsModuleService from "../../../modules/consignments/service"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

type Scope = Pick<MedusaContainer, "resolve">

/** Consignments with the family's public names, as hub staff see them at the counter. */
export async function withFamilies<T extends { family_id: string }>(scope: Scope, rows: T[]) {
  const ids = [...new Set(rows.map((row) => row.family_id))]
  const families = ids.length
    ? await scope
        .resolve<FamilyModuleService>(FAMILY_MODULE)
        .listFamilies({ id: ids }, { select: ["id", "handle", "name_ar", "name_en", "governorate"] })
    : []
  const byId = new Map(families.map((family) => [family.id, family]))
  return rows.map((row) => ({ ...row, family: byId.get(row.family_id) ?? null }))
}

/** One consignment for the admin API, or 404. */
export async function adminConsignment(scope: Scope, id: string) {
  const [row] = await scope.resolve<ConsignmentsModuleService>(CONSIGNMENTS_MODULE).listConsignments({ id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consignment not found")
  const [view] = await withFamilies(scope, [row])
  return view as NonNullable<typeof view>
}
