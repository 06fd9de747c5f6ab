import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** The caller's auth identity and the email it registered with (emailpass), for routes that attach a login to a family. */
export async function loginIdentity(req: AuthenticatedMedusaRequest) {
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  return { id: identity.id, email }
}
