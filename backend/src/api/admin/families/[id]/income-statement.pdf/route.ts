import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type MessageKey, t } from "@usra/i18n"
import { sendPdf } from "../../../../../lib/pdf/document"
import { type IncomeMonth, incomeStatementPdf } from "../../../../../lib/pdf/documents/income-statement"
import { FAMILY_MODULE } from "../../../../../modules/family"
import type FamilyModuleService from "../../../../../modules/family/service"
import type { AdminIncomeStatementQuery } from "../../validators"

type Rows<T> = { rows: T[] }

/**
 * GET /admin/families/:id/income-statement.pdf?year=: the family's income for a calendar year (Amman time) from
 * its ledger, in Arabic and English. Finance and super admins. Unknown family: 404; a bad year: 400.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminIncomeStatementQuery>,
  res: MedusaResponse,
) {
  const { year } = req.validatedQuery
  const [family] = await req.scope
    .resolve<FamilyModuleService>(FAMILY_MODULE)
    .listFamilies(
      { id: req.params.id },
      { select: ["id", "name_ar", "name_en", "governorate", "community_centre", "approved_at"] },
    )
  if (!family) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Family "${req.params.id}" was not found`)

  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const start = `${year}-01-01 00:00:00 Asia/Amman`
  const end = `${year + 1}-01-01 00:00:00 Asia/Amman`
  const [opening, months, payouts] = await Promise.all([
    db.raw(
      `select coalesce(sum(amount), 0)::text as balance from ledger_entry
        where family_id = ? and deleted_at is null and created_at < ?::timestamptz`,
      [family.id, start],
    ) as unknown as Promise<Rows<{ balance: string }>>,
    db.raw(
      `select extract(month from created_at at time zone 'Asia/Amman')::int as month,
              coalesce(sum(amount) filter (where kind = 'sale'), 0)::text as sales,
              coalesce(sum(amount) filter (where kind = 'commission'), 0)::text as commission,
              coalesce(sum(amount) filter (where kind in ('refund', 'clawback')), 0)::text as refunds,
              coalesce(sum(amount) filter (where kind in ('adjustment', 'shipping_share')), 0)::text as adjustments,
              coalesce(sum(amount) filter (where kind = 'payout'), 0)::text as paid_out
         from ledger_entry
        where family_id = ? and deleted_at is null and created_at >= ?::timestamptz and created_at < ?::timestamptz
        group by 1 order by 1`,
      [family.id, start, end],
    ) as unknown as Promise<Rows<Record<keyof IncomeMonth, string>>>,
    db.raw(
      `select id, amount, paid_at, bank_reference from payout
        where family_id = ? and deleted_at is null and status = 'paid'
          and paid_at >= ?::timestamptz and paid_at < ?::timestamptz
        order by paid_at`,
      [family.id, start, end],
    ) as unknown as Promise<
      Rows<{ id: string; amount: number; paid_at: Date; bank_reference: string | null }>
    >,
  ])
  const bytes = await incomeStatementPdf({
    year,
    family: {
      ...family,
      governorate_ar: family.governorate ? t("ar", `governorates.${family.governorate}` as MessageKey) : null,
      governorate: family.governorate ? t("en", `governorates.${family.governorate}` as MessageKey) : null,
    },
    opening_balance: Number(opening.rows[0]?.balance ?? 0),
    months: months.rows.map((row) => ({
      month: Number(row.month),
      sales: Number(row.sales),
      commission: Number(row.commission),
      refunds: Number(row.refunds),
      adjustments: Number(row.adjustments),
      paid_out: Number(row.paid_out),
    })),
    payouts: payouts.rows,
    issued_at: new Date(),
  })
  sendPdf(res, `income-statement-${year}-${family.id}.pdf`, bytes)
}
