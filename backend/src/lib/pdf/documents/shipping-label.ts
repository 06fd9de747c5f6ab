import { bilingualRow, newPdf, rule, write } from "../document"
import { day } from "./dates"

export type ShippingLabelInput = {
  id: string
  display_id: string
  carrier: string
  tracking_number: string | null
  created_at: Date | string
  address: {
    first_name?: string | null
    last_name?: string | null
    company?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
    phone?: string | null
  } | null
  consignments: { code: string; family: { name_ar: string; name_en: string } | null }[]
}

/** A 4×6 inch label for the consolidated parcel: from the hub, to the buyer, carrier and tracking number. */
export async function shippingLabelPdf(input: ShippingLabelInput): Promise<Buffer> {
  const { doc, finish } = newPdf({
    title: `Shipping label ${input.display_id}`,
    size: [288, 432],
    margin: 16,
  })
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  let y = doc.page.margins.top

  y = bilingualRow(doc, "FROM", "من", y, { size: 8, bold: true, color: "#5a4f47" })
  y = bilingualRow(doc, "Usra hub, Amman, Jordan", "مركز أسرة، عمّان، الأردن", y, { size: 9 })
  rule(doc, y + 2)
  y += 8
  y = bilingualRow(doc, "SHIP TO", "إلى", y, { size: 8, bold: true, color: "#5a4f47" })
  const a = input.address ?? {}
  const lines = [
    [a.first_name, a.last_name].filter(Boolean).join(" "),
    a.company,
    a.address_1,
    a.address_2,
    [a.postal_code, a.city].filter(Boolean).join(" "),
    [a.province, a.country_code?.toUpperCase()].filter(Boolean).join(", "),
    a.phone,
  ].filter((line): line is string => Boolean(line?.trim()))
  for (const [index, line] of (lines.length ? lines : ["—"]).entries()) {
    y = write(doc, line, left, y, width, { size: index === 0 ? 13 : 11, bold: index === 0 })
  }
  rule(doc, y + 2)
  y += 8
  y = bilingualRow(doc, `Order #${input.display_id}`, `الطلب #${input.display_id}`, y, {
    size: 11,
    bold: true,
  })
  y = bilingualRow(doc, `Carrier: ${input.carrier}`, `شركة الشحن: ${input.carrier}`, y, { size: 10 })
  y += 4
  write(doc, input.tracking_number ?? "— tracking number on dispatch —", left, y, width, {
    size: input.tracking_number ? 18 : 10,
    bold: true,
    align: "center",
  })
  y += 28
  const created = day(input.created_at)
  y = bilingualRow(doc, created.en, created.ar, y, { size: 8, color: "#5a4f47" })
  rule(doc, y + 2)
  y += 8
  y = bilingualRow(doc, "Inside: made by", "المحتويات من صنع", y, { size: 8, bold: true, color: "#5a4f47" })
  for (const consignment of input.consignments.slice(0, 6)) {
    y = bilingualRow(
      doc,
      `${consignment.code} ${consignment.family?.name_en ?? ""}`,
      consignment.family?.name_ar ?? "",
      y,
      { size: 8 },
    )
  }
  write(doc, input.id, left, doc.page.height - doc.page.margins.bottom - 10, width, {
    size: 6,
    color: "#5a4f47",
    align: "center",
  })
  return finish()
}
