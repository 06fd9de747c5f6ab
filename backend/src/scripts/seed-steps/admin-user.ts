import type { MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ADMIN_USER } from "../seed-data/store"
import type { SeedSummary } from "./summary"

const PROVIDER = "emailpass"
const SUPER_ADMIN_ROLE = "role_super_admin"

/** The ministry admin, made as `medusa user` makes one: an emailpass identity, then a user attached to it. */
export async function ensureAdminUser(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const email = process.env.USRA_ADMIN_EMAIL || ADMIN_USER.email
  const password = process.env.USRA_ADMIN_PASSWORD || ADMIN_USER.password

  const users = container.resolve(Modules.USER)
  if ((await users.listUsers({ email })).length > 0) {
    summary.present("admin user")
    return
  }

  const auth = container.resolve(Modules.AUTH)
  // An identity without a user is left behind when an earlier run stopped half way; reuse it.
  const [orphan] = await auth.listProviderIdentities({ entity_id: email, provider: PROVIDER })
  let authIdentityId = orphan?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error } = await auth.register(PROVIDER, { body: { email, password } })
    if (error || !authIdentity) throw new Error(`Could not register ${email} with ${PROVIDER}: ${error}`)
    authIdentityId = authIdentity.id
  }

  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId,
      userData: {
        email,
        first_name: ADMIN_USER.firstName,
        last_name: ADMIN_USER.lastName,
        roles: await superAdminRoles(container),
      },
    },
  })
  summary.created("admin user")
}

/** With RBAC on, `medusa user` gives the first admin the super admin role; do the same. */
async function superAdminRoles(container: MedusaContainer): Promise<string[]> {
  if (!FeatureFlag.isFeatureEnabled("rbac")) return []
  const rbac = container.resolve(Modules.RBAC)
  const roles = await rbac.listRbacRoles({ id: SUPER_ADMIN_ROLE })
  return roles.map((role) => role.id)
}
