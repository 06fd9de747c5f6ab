import { drawCode128 } from "../barcode"
import { bilingualRow, newPdf, rule, write } from "../document"
import { day, dayTime } from "./dates"

export type PackingSlipInput = {
  code: string
  display_id: string
  hub: string
  status: string
  dropoff_deadline: Date | string
  received_at?: Date | string | null
  family: { name_ar: string; name_en: string } | null
  items: { title: string; quantity: number; line_item_id: string }[]
}

/** Goes in the bag with one family's items: what is inside, for which order, to which hub, by when. */
export async function packingSlipPdf(input: PackingSlipInput): Promise<Buffer> {
  const { doc, finish } = newPdf({ title: `Packing slip ${input.code}` })
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  let y = doc.page.margins.top

  y = bilingualRow(doc, "Usra · Packing slip", "أسرة · قائمة التعبئة", y, { size: 18, bold: true })
  y += 4
  write(doc, input.code.replace(/(.{4})/, "$1 "), left, y, width, { size: 30, bold: true, align: "center" })
  y += 40
  y = drawCode128(doc, input.code, left, y, width) + 6
  y = bilingualRow(
    doc,
    "Consignment code (type or scan at the hub)",
    "رمز الشحنة، يُكتب أو يُمسح في المركز",
    y,
    {
      size: 9,
      color: "#5a4f47",
    },
  )
  rule(doc, y + 4)
  y += 14

  const facts: [string, string, string][] = [
    ["Order", "الطلب", `#${input.display_id}`],
    ["Family", "الأسرة", ""],
    ["Hub", "المركز", input.hub],
    ["Drop off by", "آخر موعد للتسليم", ""],
  ]
  for (const [en, ar, value] of facts) {
    y = bilingualRow(doc, `${en}:`, `${ar}:`, y, { size: 10, bold: true })
    if (en === "Family") {
      y = bilingualRow(doc, input.family?.name_en ?? "—", input.family?.name_ar ?? "—", y, { size: 12 })
    } else if (en === "Drop off by") {
      const deadline = dayTime(input.dropoff_deadline)
      y = bilingualRow(doc, deadline.en, deadline.ar, y, { size: 12 })
    } else {
      y = bilingualRow(doc, value, value, y, { size: 12 })
    }
    y += 4
  }
  rule(doc, y)
  y += 10

  y = bilingualRow(doc, "Items", "القطع", y, { size: 13, bold: true })
  y += 2
  const qtyWidth = 60
  for (const item of input.items) {
    write(doc, `${item.quantity} ×`, left, y, qtyWidth, { size: 12, bold: true })
    const after = write(doc, item.title, left + qtyWidth, y, width - qtyWidth - 40, { size: 12 })
    doc
      .rect(left + width - 16, y + 1, 12, 12)
      .strokeColor("#1f1a17")
      .lineWidth(1)
      .stroke()
    y = Math.max(after, y + 18) + 2
  }
  y += 8
  rule(doc, y)
  y += 10
  const total = input.items.reduce((sum, item) => sum + item.quantity, 0)
  y = bilingualRow(
    doc,
    `${total} pieces in ${input.items.length} lines`,
    `${total} قطعة في ${input.items.length} بند`,
    y,
    {
      size: 10,
    },
  )
  if (input.received_at) {
    const received = day(input.received_at)
    y = bilingualRow(
      doc,
      `Received at the hub on ${received.en}`,
      `استُلمت في المركز بتاريخ ${received.ar}`,
      y,
      {
        size: 10,
      },
    )
  }
  y += 10
  bilingualRow(
    doc,
    "Hub staff: check every line, then receive or reject the consignment in the ministry console.",
    "موظفو المركز: افحصوا كل بند ثم استلموا الشحنة أو ارفضوها في لوحة الوزارة.",
    y,
    { size: 9, color: "#5a4f47" },
  )
  return finish()
}
