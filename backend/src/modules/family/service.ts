import { MedusaService } from "@medusajs/framework/utils"
import { Family } from "./models/family"
import { FamilyDocument } from "./models/family-document"
import { FamilyInvite } from "./models/family-invite"
import { FamilyMember } from "./models/family-member"
import { FamilyReviewEvent } from "./models/family-review-event"
import { FamilySensitiveProfile } from "./models/family-sensitive-profile"
import { hashNationalId } from "./national-id"

export type FamilyModuleOptions = { nationalIdKey: string }

export default class FamilyModuleService extends MedusaService({
  Family,
  FamilyMember,
  FamilyInvite,
  FamilySensitiveProfile,
  FamilyDocument,
  FamilyReviewEvent,
}) {
  protected readonly options_: FamilyModuleOptions

  constructor(_container: Record<string, unknown>, options: FamilyModuleOptions) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.options_ = options
  }

  hashNationalId(nationalId: string): string {
    return hashNationalId(nationalId, this.options_.nationalIdKey)
  }
}
