import { bilingualRow, jod, newPdf, rule, write } from "../document"
import { day, MONTHS } from "./dates"

export type IncomeMonth = {
  month: number // 1..12
  sales: number
  commission: number
  refunds: number
  adjustments: number
  paid_out: number
}

export type IncomeStatementInput = {
  year: number
  family: {
    id: string
    name_ar: string
    name_en: string
    governorate: string | null
    governorate_ar: string | null
    community_centre: string | null
    approved_at: Date | string | null
  }
  opening_balance: number
  months: IncomeMonth[]
  payouts: { id: string; amount: number; paid_at: Date | string; bank_reference: string | null }[]
  issued_at: Date
}

const COLUMNS: { key: keyof Omit<IncomeMonth, "month">; en: string; ar: string }[] = [
  { key: "sales", en: "Sales", ar: "المبيعات" },
  { key: "commission", en: "Commission", ar: "العمولة" },
  { key: "refunds", en: "Refunds", ar: "المرتجعات" },
  { key: "adjustments", en: "Adjustments", ar: "تسويات" },
  { key: "paid_out", en: "Payouts", ar: "التحويلات" },
]

/**
 * A family's income for one calendar year from its ledger (JOD): month by month, the year's totals, the balance
 * at the start and the end, and each payment made to the family. For social-security and loan applications.
 */
export async function incomeStatementPdf(input: IncomeStatementInput): Promise<Buffer> {
  const { doc, finish } = newPdf({ title: `Income statement ${input.year} ${input.family.name_en}` })
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  let y = doc.page.margins.top

  y = bilingualRow(doc, "Annual income statement", "كشف الدخل السنوي", y, { size: 18, bold: true })
  y = bilingualRow(
    doc,
    "Ministry of Social Development · Usra marketplace",
    "وزارة التنمية الاجتماعية · منصة أسرة",
    y,
    { size: 10, color: "#5a4f47" },
  )
  y += 6
  rule(doc, y)
  y += 10
  y = bilingualRow(doc, input.family.name_en, input.family.name_ar, y, { size: 14, bold: true })
  y = bilingualRow(
    doc,
    `Year ${input.year} · amounts in Jordanian dinars (JOD)`,
    `سنة ${input.year} · المبالغ بالدينار الأردني`,
    y,
    { size: 10 },
  )
  if (input.family.governorate) {
    y = bilingualRow(
      doc,
      `Governorate: ${input.family.governorate}${input.family.community_centre ? ` · ${input.family.community_centre}` : ""}`,
      `المحافظة: ${input.family.governorate_ar ?? input.family.governorate}`,
      y,
      { size: 10 },
    )
  }
  const approved = day(input.family.approved_at)
  y = bilingualRow(doc, `Approved by the ministry: ${approved.en}`, `اعتمدتها الوزارة: ${approved.ar}`, y, {
    size: 10,
  })
  y = bilingualRow(doc, `Reference: ${input.family.id}`, `المرجع: ${input.family.id}`, y, {
    size: 8,
    color: "#5a4f47",
  })
  y += 8

  // The table: month, then one column per figure, then the net.
  const monthWidth = 110
  const columnWidth = (width - monthWidth) / (COLUMNS.length + 1)
  const header = (en: string, ar: string, x: number, w: number, align: "left" | "right" = "right") => {
    write(doc, en, x, y, w, { size: 8, bold: true, align })
    write(doc, ar, x, y + 11, w, { size: 8, bold: true, align })
  }
  doc.rect(left, y - 3, width, 28).fill("#f3efe8")
  header("Month", "الشهر", left + 4, monthWidth - 8, "left")
  for (const [index, column] of COLUMNS.entries()) {
    header(column.en, column.ar, left + monthWidth + index * columnWidth, columnWidth - 6)
  }
  header("Net", "الصافي", left + monthWidth + COLUMNS.length * columnWidth, columnWidth - 6)
  y += 30

  const totals = { sales: 0, commission: 0, refunds: 0, adjustments: 0, paid_out: 0 }
  const byMonth = new Map(input.months.map((month) => [month.month, month]))
  for (let month = 1; month <= 12; month++) {
    const row = byMonth.get(month) ?? {
      month,
      sales: 0,
      commission: 0,
      refunds: 0,
      adjustments: 0,
      paid_out: 0,
    }
    const name = MONTHS[month - 1] as { ar: string; en: string }
    write(doc, `${name.en} · ${name.ar}`, left + 4, y, monthWidth - 8, { size: 9 })
    COLUMNS.forEach((column, index) => {
      totals[column.key] += row[column.key]
      write(doc, jod(row[column.key]), left + monthWidth + index * columnWidth, y, columnWidth - 6, {
        size: 9,
        align: "end",
      })
    })
    const net = row.sales + row.commission + row.refunds + row.adjustments
    write(doc, jod(net), left + monthWidth + COLUMNS.length * columnWidth, y, columnWidth - 6, {
      size: 9,
      align: "end",
    })
    y += 17
  }
  rule(doc, y)
  y += 4
  write(doc, "Total · المجموع", left + 4, y, monthWidth - 8, { size: 9, bold: true })
  for (const [index, column] of COLUMNS.entries()) {
    write(doc, jod(totals[column.key]), left + monthWidth + index * columnWidth, y, columnWidth - 6, {
      size: 9,
      bold: true,
      align: "end",
    })
  }
  const earned = totals.sales + totals.commission + totals.refunds + totals.adjustments
  write(doc, jod(earned), left + monthWidth + COLUMNS.length * columnWidth, y, columnWidth - 6, {
    size: 9,
    bold: true,
    align: "end",
  })
  y += 24

  const closing = input.opening_balance + earned + totals.paid_out
  const summary: [string, string, number][] = [
    ["Balance on 1 January", "الرصيد في 1 كانون الثاني", input.opening_balance],
    ["Net income earned in the year", "صافي الدخل خلال السنة", earned],
    ["Moved to payouts in the year", "حُوّل إلى دفعات خلال السنة", -totals.paid_out],
    ["Balance on 31 December", "الرصيد في 31 كانون الأول", closing],
  ]
  for (const [en, ar, amount] of summary) {
    y = bilingualRow(doc, `${en}: JOD ${jod(amount)}`, `${ar}: ${jod(amount)} د.أ`, y, {
      size: 10,
      bold: en.startsWith("Net"),
    })
  }
  y += 8
  if (input.payouts.length) {
    y = bilingualRow(doc, "Payments the bank confirmed", "الدفعات التي أكدها البنك", y, {
      size: 11,
      bold: true,
    })
    for (const payout of input.payouts) {
      if (y > doc.page.height - 90) {
        doc.addPage()
        y = doc.page.margins.top
      }
      const paid = day(payout.paid_at)
      y = bilingualRow(
        doc,
        `${paid.en} · JOD ${jod(payout.amount)} · ${payout.bank_reference ?? payout.id}`,
        `${paid.ar} · ${jod(payout.amount)} د.أ`,
        y,
        { size: 9 },
      )
    }
  }
  const issued = day(input.issued_at)
  bilingualRow(
    doc,
    `Issued ${issued.en} from the family's ledger at Usra. Sales are the family's share after the ministry's rates; commission and refunds are deducted.`,
    `صدر بتاريخ ${issued.ar} من سجل الأسرة في منصة أسرة. المبيعات حصة الأسرة، وتُخصم منها العمولة والمرتجعات.`,
    doc.page.height - doc.page.margins.bottom - 40,
    { size: 8, color: "#5a4f47" },
  )
  return finish()
}
