import type { MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ADMIN_USER, DEMO_STAFF_PASSWORD, MINISTRY_STAFF } from "../seed-data/store"
import type { SeedSummary } from "./summary"

const PROVIDER = "emailpass"
const SUPER_ADMIN_ROLE = "role_super_admin"

type StaffMember = { email: string; password: string; firstName: string; lastName: string; role: string }

/** The ministry's demo logins: a super admin and one user per role (the role lives in the user's metadata). */
export async function ensureMinistryUsers(container: MedusaContainer, summary: SeedSummary): Promise<void> {
  const staff: StaffMember[] = [
    {
      ...ADMIN_USER,
      email: process.env.USRA_ADMIN_EMAIL || ADMIN_USER.email,
      password: process.env.USRA_ADMIN_PASSWORD || ADMIN_USER.password,
      role: "super_admin",
    },
    ...MINISTRY_STAFF.map((member) => ({
      ...member,
      password: process.env.USRA_DEMO_PASSWORD || DEMO_STAFF_PASSWORD,
    })),
  ]
  for (const member of staff) await ensureUser(container, member, summary)
}

/** Made as `medusa user` makes one: an emailpass identity, then a user attached to it. */
async function ensureUser(container: MedusaContainer, member: StaffMember, summary: SeedSummary) {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: member.email })
  if (existing) {
    if (existing.metadata?.role !== member.role) {
      await users.updateUsers({ id: existing.id, metadata: { ...existing.metadata, role: member.role } })
    }
    summary.present("ministry user")
    return
  }

  const auth = container.resolve(Modules.AUTH)
  // An identity without a user is left behind when an earlier run stopped half way; reuse it.
  const [orphan] = await auth.listProviderIdentities({ entity_id: member.email, provider: PROVIDER })
  let authIdentityId = orphan?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error } = await auth.register(PROVIDER, {
      body: { email: member.email, password: member.password },
    })
    if (error || !authIdentity)
      throw new Error(`Could not register ${member.email} with ${PROVIDER}: ${error}`)
    authIdentityId = authIdentity.id
  }

  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId,
      userData: {
        email: member.email,
        first_name: member.firstName,
        last_name: member.lastName,
        metadata: { role: member.role },
        roles: member.role === "super_admin" ? await superAdminRoles(container) : [],
      },
    },
  })
  summary.created("ministry user")
}

/** With RBAC on, `medusa user` gives the first admin the super admin role; do the same. */
async function superAdminRoles(container: MedusaContainer): Promise<string[]> {
  if (!FeatureFlag.isFeatureEnabled("rbac")) return []
  const rbac = container.resolve(Modules.RBAC)
  const roles = await rbac.listRbacRoles({ id: SUPER_ADMIN_ROLE })
  return roles.map((role) => role.id)
}
