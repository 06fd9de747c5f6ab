import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { impactCsv } from "./csv"
import { readImpact } from "./impact-sql"
import type { AdminImpactQuery } from "./validators"

/**
 * GET /admin/impact?from=&to=&group_by=governorate|gender|disability|age_band|month&format=json|csv: the
 * programme's figures for the days from..to (both included, Amman time), per group and in total, computed in
 * SQL. Money in JOD fils. `format=csv` answers the same table as a CSV file.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminImpactQuery>, res: MedusaResponse) {
  const { from, to, group_by, format } = req.validatedQuery
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { groups, totals } = await readImpact(db, group_by, from, to)
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="usra-impact-${group_by}-${from}-${to}.csv"`)
    res.setHeader("Cache-Control", "private, no-store")
    res.send(impactCsv(group_by, groups, totals))
    return
  }
  res.json({ impact: { from, to, group_by, currency_code: "jod", groups, totals } })
}
