import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAMILY_MODULE } from "../../../modules/family"
import type FamilyModuleService from "../../../modules/family/service"

export type FamilyProfileUpdate = {
  family_id: string
  family?: Record<string, unknown>
  sensitive?: Record<string, unknown> & { national_id?: string }
}

type Snapshot = {
  family_id: string
  family: Record<string, unknown>
  sensitive: Record<string, unknown> | null
}

export const updateFamilyProfileStepId = "update-family-profile"

/** Updates the public profile and the ministry-only profile together; compensation restores both. */
export const updateFamilyProfileStep = createStep(
  updateFamilyProfileStepId,
  async (input: FamilyProfileUpdate, { container }) => {
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    const before = await families.retrieveFamily(input.family_id, { relations: ["sensitive_profile"] })
    const { sensitive_profile, ...familyBefore } = before as typeof before & {
      sensitive_profile?: Record<string, unknown>
    }
    const snapshot: Snapshot = {
      family_id: input.family_id,
      family: Object.fromEntries(
        Object.keys(input.family ?? {}).map((key) => [key, familyBefore[key as keyof typeof familyBefore]]),
      ),
      sensitive: sensitive_profile ? { ...sensitive_profile } : null,
    }
    if (input.family && Object.keys(input.family).length > 0) {
      await families.updateFamilies({ id: input.family_id, ...input.family })
    }
    if (input.sensitive && Object.keys(input.sensitive).length > 0) {
      const { national_id, ...rest } = input.sensitive
      const fields: Record<string, unknown> = { ...rest }
      if (national_id) {
        fields.national_id_hash = families.hashNationalId(national_id)
        fields.national_id_last4 = national_id.slice(-4)
      }
      if (sensitive_profile?.id) {
        await families.updateFamilySensitiveProfiles({ id: sensitive_profile.id as string, ...fields })
      } else {
        await families.createFamilySensitiveProfiles({ ...fields, family_id: input.family_id })
      }
    }
    return new StepResponse(await families.retrieveFamily(input.family_id), snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const families = container.resolve<FamilyModuleService>(FAMILY_MODULE)
    if (Object.keys(snapshot.family).length > 0) {
      await families.updateFamilies({ id: snapshot.family_id, ...snapshot.family })
    }
    if (snapshot.sensitive) {
      const {
        id,
        family_id: _family,
        family: _relation,
        created_at,
        updated_at,
        deleted_at,
        ...fields
      } = snapshot.sensitive
      await families.updateFamilySensitiveProfiles({ id: id as string, ...fields })
    } else {
      const created = await families.listFamilySensitiveProfiles({ family_id: snapshot.family_id })
      if (created.length) await families.deleteFamilySensitiveProfiles(created.map((profile) => profile.id))
    }
  },
)
