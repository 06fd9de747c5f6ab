import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

export type FamilyContact = { id: string; name_ar: string; name_en: string; emails: string[] }

export const loadPayoutFamiliesStepId = "load-payout-families"

/** The names and member emails of the families to tell about their payouts. Reads only. */
export const loadPayoutFamiliesStep = createStep(
  loadPayoutFamiliesStepId,
  async (input: { family_ids: string[] }, { container }) =>
    new StepResponse(await loadFamilyContacts(container, input.family_ids)),
)

export async function loadFamilyContacts(
  container: { resolve: <T>(key: string) => T },
  familyIds: string[],
): Promise<FamilyContact[]> {
  if (familyIds.length === 0) return []
  const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
  const [rows, members] = await Promise.all([
    families.listFamilies({ id: familyIds }, { select: ["id", "name_ar", "name_en"] }),
    families.listFamilyMembers({ family_id: familyIds }, { select: ["family_id", "email"] }),
  ])
  return rows.map((family) => ({
    id: family.id,
    name_ar: family.name_ar,
    name_en: family.name_en,
    emails: members.filter((member) => member.family_id === family.id).map((member) => member.email),
  }))
}
