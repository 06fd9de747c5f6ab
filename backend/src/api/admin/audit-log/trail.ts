import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordAudit } from "./record"
import { SNAPSHOTS } from "./snapshots"

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"])
// Medusa ids: a lowercase prefix, an underscore and a ULID-like body (fam_01H..., cons_01H...).
const ID = /^[a-z]+_[0-9A-Za-z]+$/

export type AuditTarget = { action: string; entity_type: string | null; entity_id: string | null }

/**
 * What a request to /admin/... is about: `/admin/families/fam_1/approve` is "families.approve" on family fam_1,
 * `POST /admin/exchange-rates` is "exchange-rates.create", `/admin/jobs/failed/fjob_1/retry` "jobs.failed.retry".
 */
export function auditTarget(method: string, path: string): AuditTarget {
  const segments = path.split("?")[0]?.split("/").filter(Boolean).slice(1) ?? []
  const idIndex = segments.findIndex((segment) => ID.test(segment))
  const resource = idIndex === -1 ? segments : segments.slice(0, idIndex)
  const rest = idIndex === -1 ? [] : segments.slice(idIndex + 1)
  const verb =
    method === "DELETE"
      ? "delete"
      : idIndex === -1
        ? "create"
        : method === "POST"
          ? "update"
          : method.toLowerCase()
  return {
    action: [...resource, ...(rest.length ? rest : [verb])].join("."),
    entity_type: resource[0] ?? null,
    entity_id: idIndex === -1 ? null : (segments[idIndex] ?? null),
  }
}

/**
 * Records every state-changing request to /admin/* once it has been answered: the user, the action, the body
 * (secrets removed), the status, and the entity before and after where SNAPSHOTS can read it. A failure to
 * record is logged and never changes the answer.
 */
export function auditTrail() {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (READ_METHODS.has(req.method)) return next()
    const path = req.originalUrl.split("?")[0] ?? req.originalUrl
    const target = auditTarget(req.method, path)
    const snapshot = target.entity_type ? SNAPSHOTS[target.entity_type] : undefined
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    const read = async () => (snapshot ? await snapshot(req.scope, target.entity_id).catch(() => null) : null)
    const before = await read()
    const body = req.body
    res.on("finish", () => {
      void (async () => {
        const after = res.statusCode < 400 ? await read() : null
        await recordAudit(req, {
          ...target,
          method: req.method,
          path,
          status_code: res.statusCode,
          body,
          before,
          after,
        })
      })().catch((error: Error) =>
        logger.error(`audit: could not record ${req.method} ${path}: ${error.message}`),
      )
    })
    next()
  }
}
