import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"

type Scope = Pick<MedusaContainer, "resolve">

export type AuditInput = {
  action: string
  method: string
  path: string
  entity_type: string | null
  entity_id: string | null
  status_code: number
  body?: unknown
  before?: unknown
  after?: unknown
}

const SECRET_KEY = /pass(word)?|token|secret|authorization|cookie|national_id$|iban|cliq_alias/i
const MAX_JSON_CHARS = 16_000

/** A copy safe to keep: secrets and bank details replaced, and anything huge cut down to a marker. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null
  if (depth > 6) return "[deep]"
  if (Array.isArray(value)) return value.slice(0, 200).map((item) => redact(item, depth + 1))
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SECRET_KEY.test(key) ? "[redacted]" : redact(child, depth + 1)
    }
    return out
  }
  if (typeof value === "string" && value.length > 2000) return `${value.slice(0, 2000)}…`
  return value
}

function capped(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null
  const safe = redact(value)
  const text = JSON.stringify(safe)
  if (text.length > MAX_JSON_CHARS) return { truncated: true, size: text.length }
  // jsonb columns want an object: wrap arrays and scalars.
  return typeof safe === "object" && safe !== null && !Array.isArray(safe)
    ? (safe as Record<string, unknown>)
    : { value: safe }
}

/** Who is acting: the user's id, email and ministry role, read once per recorded request. */
async function actorOf(scope: Scope, actorId: string | undefined) {
  if (!actorId) return { actor_id: null, actor_email: null, actor_role: null }
  const [user] = await scope
    .resolve(Modules.USER)
    .listUsers({ id: actorId }, { select: ["id", "email", "metadata"] })
  const role = user?.metadata?.role
  return {
    actor_id: actorId,
    actor_email: user?.email ?? null,
    actor_role: typeof role === "string" ? role : null,
  }
}

/** Writes one audit entry for the request's user. */
export async function recordAudit(req: AuthenticatedMedusaRequest, input: AuditInput) {
  const actor = await actorOf(req.scope, req.auth_context?.actor_id)
  await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).createAuditEntries({
    ...actor,
    action: input.action,
    method: input.method,
    path: input.path.slice(0, 500),
    entity_type: input.entity_type,
    entity_id: input.entity_id,
    status_code: input.status_code,
    body: capped(input.body),
    before: capped(input.before),
    after: capped(input.after),
    ip: req.ip ?? null,
  })
}
