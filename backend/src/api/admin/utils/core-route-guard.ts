import { readdirSync, statSync } from "node:fs"
import path from "node:path"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type MinistryRole, ministryRole } from "./require-role"

const ADMIN_DIR = path.resolve(__dirname, "..")

/** Every /admin route this project defines, as a pattern, read from the route files Medusa itself loads. */
export function projectAdminRoutePatterns(dir = ADMIN_DIR, prefix = "/admin"): RegExp[] {
  const patterns: RegExp[] = []
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) {
      const segment = /^\[.+\]$/.test(entry) ? "[^/]+" : entry.replace(/[.*+?^${}()|\\]/g, "\\$&")
      patterns.push(...projectAdminRoutePatterns(full, `${prefix}/${segment}`))
    } else if (/^route\.(ts|js)$/.test(entry)) {
      patterns.push(new RegExp(`^${prefix}/?$`))
    }
  }
  return patterns
}

/**
 * Medusa's own admin API (products, orders, users, api keys, ...) was built for one kind of admin. Here it is
 * super_admin's, except the reads the ministry roles need; the project's own routes check their roles themselves.
 */
const CORE_READS: { pattern: RegExp; roles: MinistryRole[] }[] = [
  { pattern: /^\/admin\/users\/me\/?$/, roles: ["reviewer", "finance", "hub"] },
  { pattern: /^\/admin\/orders(\/.*)?$/, roles: ["finance", "hub"] },
  {
    pattern: /^\/admin\/(products|product-categories|regions|currencies|stores|stock-locations)(\/.*)?$/,
    roles: ["reviewer", "finance", "hub"],
  },
]

let ours: RegExp[] | undefined

export async function guardCoreAdminRoutes(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const url = req.originalUrl.split("?")[0] ?? ""
  ours ??= projectAdminRoutePatterns()
  if (ours.some((pattern) => pattern.test(url))) return next()
  const role = await ministryRole(req)
  if (role === "super_admin") return next()
  const reads = req.method === "GET" || req.method === "HEAD"
  const allowed =
    reads && CORE_READS.some((rule) => rule.pattern.test(url) && role && rule.roles.includes(role))
  if (allowed) return next()
  next(
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `This part of the admin API is for super_admin only${role ? `; your role is ${role}` : "; you have no ministry role"}`,
    ),
  )
}
