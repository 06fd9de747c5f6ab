import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { FAMILY_MODULE } from "../../modules/family"
import type FamilyModuleService from "../../modules/family/service"
import { DEMO_FAMILY } from "../seed-data/families"
import type { SeedSummary } from "./summary"

const PROVIDER = "emailpass"

/** The demo family's login (actor type `seller`), attached to its owner member. */
export async function ensureFamilyLogin(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const email = process.env.USRA_FAMILY_EMAIL || DEMO_FAMILY.email
  const password = process.env.USRA_FAMILY_PASSWORD || DEMO_FAMILY.password
  const [member] = await container
    .resolve<FamilyModuleService>(FAMILY_MODULE)
    .listFamilyMembers({ email }, { select: ["id"] })
  if (!member) throw new Error(`The demo family's owner ${email} was not seeded`)

  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: PROVIDER })
  let authIdentityId = provider?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error } = await auth.register(PROVIDER, { body: { email, password } })
    if (error || !authIdentity) throw new Error(`Could not register ${email} with ${PROVIDER}: ${error}`)
    authIdentityId = authIdentity.id
  }
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  if (identity.app_metadata?.seller_id === member.id) {
    summary.present("family login")
    return
  }
  await auth.updateAuthIdentities({
    id: identity.id,
    app_metadata: { ...identity.app_metadata, seller_id: member.id },
  })
  summary.created("family login")
}
