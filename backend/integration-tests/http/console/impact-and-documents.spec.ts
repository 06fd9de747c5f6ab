import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bearer, staffToken } from "../../support/actors"
import { placeOrder, productsOfFamilies } from "../../support/checkout"
import { consignmentsOf } from "../../support/consignments"
import { api, ctx, withDb } from "../../support/context"
import { receiveAll } from "../../support/lifecycle"
import { waitFor } from "../../support/wait-for"

let reviewer: string
let finance: string
let hub: string

// Known families, orders, payouts and drop-offs in 2021: no other data of the suite is that old.
const day = (date: string) => `${date}T12:00:00Z`
const FAMILIES = [
  {
    id: "fam_impact_karak_f",
    governorate: "karak",
    gender: "female",
    age: "age_35_44",
    disability: true,
    submitted: "2021-01-01",
    approved: "2021-01-11",
    suspended: null,
  },
  {
    id: "fam_impact_karak_m",
    governorate: "karak",
    gender: "male",
    age: "age_25_34",
    disability: false,
    submitted: "2021-02-01",
    approved: "2021-02-21",
    suspended: "2021-06-01",
  },
  {
    id: "fam_impact_tafil_f",
    governorate: "tafilah",
    gender: "female",
    age: "age_35_44",
    disability: false,
    submitted: "2021-03-01",
    approved: "2021-03-04",
    suspended: null,
  },
]
const ORDERS = [
  { family: "fam_impact_karak_f", at: "2021-03-15", jod: 10_000, status: "delivered" },
  { family: "fam_impact_karak_f", at: "2021-04-10", jod: 5_000, status: "delivered" },
  { family: "fam_impact_karak_f", at: "2021-04-11", jod: 7_000, status: "canceled" },
  { family: "fam_impact_karak_m", at: "2021-03-20", jod: 8_000, status: "delivered" },
  { family: "fam_impact_tafil_f", at: "2021-05-01", jod: 12_000, status: "delivered" },
]
const PAYOUTS = [
  { family: "fam_impact_karak_f", at: "2021-04-30", amount: 9_000, status: "paid" },
  { family: "fam_impact_karak_f", at: "2021-05-31", amount: 4_500, status: "paid" },
  { family: "fam_impact_tafil_f", at: "2021-05-31", amount: 11_000, status: "paid" },
  { family: "fam_impact_karak_m", at: "2021-05-31", amount: 3_000, status: "failed" },
]
const DROPOFFS = [
  {
    family: "fam_impact_karak_f",
    deadline: "2021-03-18",
    received: "2021-03-17",
    rejected: null,
    status: "received",
  },
  {
    family: "fam_impact_karak_f",
    deadline: "2021-04-13",
    received: "2021-04-14",
    rejected: null,
    status: "received",
  },
  {
    family: "fam_impact_karak_m",
    deadline: "2021-03-23",
    received: null,
    rejected: "2021-03-22",
    status: "rejected",
  },
  {
    family: "fam_impact_tafil_f",
    deadline: "2021-05-04",
    received: null,
    rejected: null,
    status: "cancelled",
  },
]

beforeAll(async () => {
  ;[reviewer, finance, hub] = await Promise.all([
    staffToken("reviewer"),
    staffToken("finance"),
    staffToken("hub"),
  ])
  await withDb(async (db) => {
    for (const family of FAMILIES) {
      await db.query(
        `insert into family (id, handle, name_ar, name_en, governorate, status, submitted_at, approved_at, created_at, updated_at)
         values ($1, $1, $2, $3, $4, $5, $6, $7, $6, $6)`,
        [
          family.id,
          `أسرة ${family.id}`,
          family.id,
          family.governorate,
          family.suspended ? "suspended" : "approved",
          day(family.submitted),
          day(family.approved),
        ],
      )
      await db.query(
        `insert into family_sensitive_profile (id, family_id, maker_gender, age_band, disability_in_household, household_size, created_at, updated_at)
         values ($1, $2, $3, $4, $5, 4, now(), now())`,
        [`fsp_${family.id}`, family.id, family.gender, family.age, family.disability],
      )
      const events: [string, string, string][] = [
        ["submitted", "under_review", family.submitted],
        ["under_review", "approved", family.approved],
      ]
      if (family.suspended) events.push(["approved", "suspended", family.suspended])
      for (const [index, [from, to, at]] of events.entries()) {
        await db.query(
          `insert into family_review_event (id, family_id, actor_type, actor_id, from_status, to_status, created_at, updated_at)
           values ($1, $2, 'user', 'user_test', $3, $4, $5, $5)`,
          [`frev_${family.id}_${index}`, family.id, from, to, day(at)],
        )
      }
    }
    for (const [index, order] of ORDERS.entries()) {
      await db.query(
        `insert into family_order (id, order_id, family_id, display_id, currency_code, item_count, subtotal, subtotal_jod, exchange_rate, items, status, created_at, updated_at)
         values ($1, $2, $3, $4, 'jod', 1, $5, $5, '1', '[]', $6, $7, $7)`,
        [
          `ford_impact_${index}`,
          `order_impact_${index}`,
          order.family,
          `${9000 + index}`,
          order.jod,
          order.status,
          day(order.at),
        ],
      )
    }
    for (const [index, payout] of PAYOUTS.entries()) {
      await db.query(
        `insert into payout (id, family_id, run_id, amount, rail, status, destination, paid_at, created_at, updated_at)
         values ($1, $2, $3, $4, 'bank_cliq', $5, '{}', $6, $7, $7)`,
        [
          `pay_impact_${index}`,
          payout.family,
          `prun_impact_${index}`,
          payout.amount,
          payout.status,
          payout.status === "paid" ? day(payout.at) : null,
          day(payout.at),
        ],
      )
    }
    for (const [index, drop] of DROPOFFS.entries()) {
      await db.query(
        `insert into consignment (id, order_id, display_id, family_order_id, family_id, hub, code, items, status, dropoff_deadline, received_at, rejected_at, cancelled_at, created_at, updated_at)
         values ($1, $2, $3, $4, $5, 'Test hub', $6, '[]', $7, $8, $9, $10, $11, $8, $8)`,
        [
          `cons_impact_${index}`,
          `order_impact_drop_${index}`,
          `${9100 + index}`,
          `ford_impact_drop_${index}`,
          drop.family,
          `ZZTEST${index}${index}`,
          drop.status,
          day(drop.deadline),
          drop.received ? day(drop.received) : null,
          drop.rejected ? day(drop.rejected) : null,
          drop.status === "cancelled" ? day("2021-05-06") : null,
        ],
      )
    }
    // The income statement's ledger: a sale and its commission in March, a payout in April.
    const lines: [string, number, string][] = [
      ["sale", 10_000, "2021-03-20"],
      ["commission", -1_000, "2021-03-20"],
      ["payout", -9_000, "2021-04-30"],
      ["sale", 2_000, "2020-12-15"],
    ]
    for (const [index, [kind, amount, at]] of lines.entries()) {
      await db.query(
        `insert into ledger_entry (id, family_id, order_id, kind, amount, reference, created_at, updated_at)
         values ($1, 'fam_impact_karak_f', $2, $3, $4, '', $5, $5)`,
        [`led_impact_${index}`, `order_impact_${index}`, kind, amount, day(at)],
      )
    }
  })
})

// The rows go again afterwards: later suites count approved families and list them page by page.
afterAll(async () => {
  await withDb(async (db) => {
    const families = FAMILIES.map((family) => family.id)
    await db.query("delete from ledger_entry where family_id = any($1)", [families])
    await db.query("delete from consignment where family_id = any($1)", [families])
    await db.query("delete from payout where family_id = any($1)", [families])
    await db.query("delete from family_order where family_id = any($1)", [families])
    await db.query("delete from family_review_event where family_id = any($1)", [families])
    await db.query("delete from family_sensitive_profile where family_id = any($1)", [families])
    await db.query("delete from family where id = any($1)", [families])
  })
})

type Row = Record<string, number | string | null>
const impact = async (query: string, token = finance) => {
  const response = await api(`/admin/impact?${query}`, { headers: bearer(token) })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.impact as { groups: Row[]; totals: Row; group_by: string }
}
const RANGE = "from=2021-01-01&to=2021-12-31"

describe("GET /admin/impact", () => {
  it("counts the known families, sales, income and drop-offs per governorate", async () => {
    const { groups, totals } = await impact(`${RANGE}&group_by=governorate`)
    expect(groups.map((row) => row.key)).toContain("amman")
    const karak = groups.find((row) => row.key === "karak")
    const tafilah = groups.find((row) => row.key === "tafilah")
    expect(karak).toEqual({
      key: "karak",
      families_active: 1,
      families_approved: 2,
      orders: 3,
      sales_fils: 23_000,
      income_paid_fils: 13_500,
      families_paid: 1,
      median_monthly_income_fils: 6_750,
      median_days_to_approval: 15,
      dropoffs: 3,
      dropoffs_on_time: 2,
      on_time_rate: 0.667,
    })
    expect(tafilah).toMatchObject({
      families_active: 1,
      orders: 1,
      sales_fils: 12_000,
      income_paid_fils: 11_000,
      median_days_to_approval: 3,
      dropoffs: 1,
      dropoffs_on_time: 0,
      on_time_rate: 0,
    })
    expect(groups.find((row) => row.key === "amman")).toMatchObject({ families_active: 0, sales_fils: 0 })
    expect(totals).toMatchObject({
      key: "all",
      families_active: 2,
      families_approved: 3,
      orders: 4,
      sales_fils: 35_000,
      income_paid_fils: 24_500,
      families_paid: 2,
      median_monthly_income_fils: 9_000,
      median_days_to_approval: 10,
      dropoffs: 4,
      dropoffs_on_time: 2,
      on_time_rate: 0.5,
    })
  })

  it("agrees with sums computed independently in SQL, for every grouping", async () => {
    const independent = await withDb(async (db) => ({
      sales: (
        await db.query(
          `select sp.maker_gender as key, sum(fo.subtotal_jod)::int as fils from family_order fo
             join family_sensitive_profile sp on sp.family_id = fo.family_id
            where fo.status <> 'canceled' and fo.created_at >= '2021-01-01' and fo.created_at < '2022-01-01' group by 1`,
        )
      ).rows as { key: string; fils: number }[],
      paid: (
        await db.query(
          `select sp.age_band as key, sum(p.amount)::int as fils from payout p
             join family_sensitive_profile sp on sp.family_id = p.family_id
            where p.status = 'paid' and p.paid_at >= '2021-01-01' and p.paid_at < '2022-01-01' group by 1`,
        )
      ).rows as { key: string; fils: number }[],
    }))
    const byGender = await impact(`${RANGE}&group_by=gender`)
    for (const row of independent.sales) {
      expect(byGender.groups.find((group) => group.key === row.key)?.sales_fils, row.key).toBe(row.fils)
    }
    expect(byGender.groups.find((group) => group.key === "male")).toMatchObject({
      families_active: 0,
      sales_fils: 8_000,
    })
    const byAge = await impact(`${RANGE}&group_by=age_band`)
    for (const row of independent.paid) {
      expect(byAge.groups.find((group) => group.key === row.key)?.income_paid_fils, row.key).toBe(row.fils)
    }
    const byDisability = await impact(`${RANGE}&group_by=disability`)
    expect(byDisability.groups.find((group) => group.key === "yes")).toMatchObject({
      sales_fils: 15_000,
      income_paid_fils: 13_500,
    })
    expect(byDisability.groups.find((group) => group.key === "no")).toMatchObject({
      sales_fils: 20_000,
      income_paid_fils: 11_000,
    })
  })

  it("follows active families month by month, counting a suspension", async () => {
    const { groups } = await impact(`${RANGE}&group_by=month`)
    expect(groups.map((row) => row.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, "0")}`),
    )
    expect(groups.map((row) => row.families_active)).toEqual([1, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2])
    expect(groups.find((row) => row.key === "2021-05")).toMatchObject({
      income_paid_fils: 15_500,
      orders: 1,
      sales_fils: 12_000,
    })
    expect(groups.find((row) => row.key === "2021-03")).toMatchObject({
      orders: 2,
      sales_fils: 18_000,
      dropoffs: 2,
      dropoffs_on_time: 2,
    })
  })

  it("exports the same figures as CSV, money in JOD", async () => {
    for (const path of [
      `/admin/impact?${RANGE}&group_by=governorate&format=csv`,
      `/admin/impact/export.csv?${RANGE}&group_by=governorate`,
    ]) {
      const response = await fetch(`${ctx.baseUrl}${path}`, { headers: bearer(finance) })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toContain("text/csv")
      expect(response.headers.get("content-disposition")).toContain(
        "usra-impact-governorate-2021-01-01-2021-12-31.csv",
      )
      const lines = (await response.text()).trim().split("\r\n")
      expect(lines[0]).toBe(
        "governorate,families_active,families_approved,orders,sales_jod,income_paid_jod,families_paid,median_monthly_income_jod,median_days_to_approval,dropoffs,dropoffs_on_time,on_time_rate",
      )
      expect(lines).toContain("karak,1,2,3,23.000,13.500,1,6.750,15,3,2,0.667")
      expect(lines.at(-1)).toBe("total,2,3,4,35.000,24.500,2,9.000,10,4,2,0.5")
    }
  })

  it("refuses bad filters and roles that do not read impact", async () => {
    for (const bad of [
      "group_by=city",
      "from=2021-02-30",
      "from=2022-01-01&to=2021-01-01",
      "from=01/01/2021",
      "x=1",
      "format=xml",
    ]) {
      const response = await api(`/admin/impact?${bad}`, { headers: bearer(finance) })
      expect(response.status, bad).toBe(400)
    }
    expect((await api("/admin/impact", { headers: bearer(hub) })).status).toBe(403)
    expect((await api("/admin/impact", { headers: bearer(reviewer) })).status).toBe(200)
    expect((await api("/admin/impact")).status).toBe(401)
  })
})

async function pdf(path: string, token: string) {
  const response = await fetch(`${ctx.baseUrl}${path}`, { headers: bearer(token) })
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, type: response.headers.get("content-type"), bytes }
}

describe("PDF documents", () => {
  it("issues a family's bilingual income statement to finance, with an Arabic font embedded", async () => {
    const statement = await pdf("/admin/families/fam_impact_karak_f/income-statement.pdf?year=2021", finance)
    expect(statement.status).toBe(200)
    expect(statement.type).toBe("application/pdf")
    expect(statement.bytes.subarray(0, 5).toString()).toBe("%PDF-")
    expect(statement.bytes.toString("latin1")).toContain("IBMPlexSansArabic")
    expect(
      (await pdf("/admin/families/fam_impact_karak_f/income-statement.pdf?year=2021", reviewer)).status,
    ).toBe(403)
    expect((await pdf("/admin/families/fam_impact_karak_f/income-statement.pdf?year=2021", hub)).status).toBe(
      403,
    )
    expect((await pdf("/admin/families/fam_missing/income-statement.pdf?year=2021", finance)).status).toBe(
      404,
    )
    expect(
      (await pdf("/admin/families/fam_impact_karak_f/income-statement.pdf?year=1999", finance)).status,
    ).toBe(400)
    expect(
      (await pdf("/admin/families/fam_impact_karak_f/income-statement.pdf?year=soon", finance)).status,
    ).toBe(400)
  })

  it("prints a consignment's packing slip and the parcel's label for hub staff", async () => {
    const [product] = await productsOfFamilies(1)
    const { order } = await placeOrder(
      "jod",
      "jo",
      [product?.handle as string],
      `label-${Date.now()}@example.com`,
    )
    const [consignment] = await waitFor(async () => {
      const rows = await consignmentsOf(order.id)
      return rows.length ? rows : undefined
    })
    const slip = await pdf(`/admin/consignments/${consignment?.id}/packing-slip.pdf`, hub)
    expect(slip.status).toBe(200)
    expect(slip.type).toBe("application/pdf")
    expect(slip.bytes.toString("latin1")).toContain("IBMPlexSansArabic")
    expect((await pdf(`/admin/consignments/${consignment?.id}/packing-slip.pdf`, finance)).status).toBe(403)
    expect((await pdf("/admin/consignments/cons_missing/packing-slip.pdf", hub)).status).toBe(404)

    const shipment = await receiveAll(bearer(hub), [consignment?.id as string], order.id)
    const label = await pdf(`/admin/shipments/${shipment.id}/label.pdf`, hub)
    expect(label.status).toBe(200)
    expect(label.bytes.subarray(0, 5).toString()).toBe("%PDF-")
    expect((await pdf("/admin/shipments/shp_missing/label.pdf", hub)).status).toBe(404)

    const overview = await api(`/admin/orders/${order.id}/families`, { headers: bearer(finance) })
    expect(overview.status).toBe(200)
    expect(overview.body).toMatchObject({
      order: { id: order.id, display_id: order.display_id },
      consignments: [{ id: consignment?.id, status: "received" }],
      shipment: { id: shipment.id },
    })
    expect((overview.body.family_orders as unknown[]).length).toBe(1)
    expect((await api(`/admin/orders/${order.id}/families`, { headers: bearer(reviewer) })).status).toBe(403)
    expect((await api("/admin/orders/order_missing/families", { headers: bearer(hub) })).status).toBe(404)
  })
})

describe("GET /admin/payout-runs/preview", () => {
  it("says what a run would pay without paying", async () => {
    const runsBefore = (await api("/admin/payout-runs", { headers: bearer(finance) })).body.count
    const response = await api("/admin/payout-runs/preview?threshold=1", { headers: bearer(finance) })
    expect(response.status).toBe(200)
    const preview = response.body.payout_preview as {
      threshold: number
      families: { family_id: string; balance: number; status: string }[]
    }
    expect(preview.threshold).toBe(1)
    // The 2021 family has 2.000 JOD (before 2021) + 10.000 - 1.000 - 9.000 = 2.000 JOD and no payout account.
    expect(preview.families.find((row) => row.family_id === "fam_impact_karak_f")).toMatchObject({
      balance: 2_000,
      status: "no_account",
    })
    expect((await api("/admin/payout-runs", { headers: bearer(finance) })).body.count).toBe(runsBefore)
    for (const bad of ["threshold=0", "threshold=1.5", "other=1"]) {
      expect((await api(`/admin/payout-runs/preview?${bad}`, { headers: bearer(finance) })).status, bad).toBe(
        400,
      )
    }
    expect((await api("/admin/payout-runs/preview", { headers: bearer(hub) })).status).toBe(403)
  })
})
