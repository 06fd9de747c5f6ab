import { inflateSync } from "node:zlib"
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from "@zxing/library"
import { describe, expect, it } from "vitest"
import { code128Widths } from "../barcode"
import { packingSlipPdf } from "../documents/packing-slip"

/** The page's drawing operators: pdfkit deflates every content stream. */
function pageContent(pdf: Buffer): string {
  const text = pdf.toString("latin1")
  const parts: string[] = []
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    const end = text.indexOf("endstream", start)
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString("latin1"))
    } catch {
      // fonts and other binary streams that are not deflated page content
    }
  }
  return parts.join("\n")
}

/** What a scanner sees: the bars as black pixels on white, with quiet zones, decoded by ZXing (independent of bwip-js). */
function scan(widths: number[], pixelsPerModule = 3): string {
  const quiet = 10 * pixelsPerModule
  const row: number[] = Array(quiet).fill(255)
  widths.forEach((w, index) => {
    for (let i = 0; i < w * pixelsPerModule; i++) row.push(index % 2 === 0 ? 0 : 255)
  })
  row.push(...Array(quiet).fill(255))
  const height = 40
  const pixels = new Uint8ClampedArray(row.length * height)
  for (let y = 0; y < height; y++) pixels.set(row, y * row.length)
  const reader = new MultiFormatReader()
  reader.setHints(new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]]]))
  const source = new RGBLuminanceSource(pixels, row.length, height)
  const result = reader.decode(new BinaryBitmap(new HybridBinarizer(source)))
  expect(result.getBarcodeFormat()).toBe(BarcodeFormat.CODE_128)
  return result.getText()
}

describe("Code 128 on the packing slip", () => {
  it.each(["K7MX3QPA", "AB12CD34", "00000000", "ZZZZ9999"])("%s scans back to the same code", (code) => {
    expect(scan(code128Widths(code))).toBe(code)
  })

  it("starts with a bar and ends with the stop pattern's bar, 11 modules per character", () => {
    const widths = code128Widths("K7MX3QPA")
    expect(widths.length % 6).toBe(1) // every symbol is 3 bars + 3 spaces; the stop adds a final bar
    const modules = widths.reduce((sum, w) => sum + w, 0)
    expect((modules - 13) % 11).toBe(0) // the stop pattern is 13 modules, every other symbol 11
  })

  it("draws the consignment's code as bars on the slip", async () => {
    const input = {
      code: "K7MX3QPA",
      display_id: "1042",
      hub: "Amman",
      status: "awaiting_dropoff",
      dropoff_deadline: new Date("2026-12-01T12:00:00Z"),
      family: { name_ar: "أسرة", name_en: "Family" },
      items: [{ title: "Za'atar", quantity: 2, line_item_id: "li_1" }],
    }
    const content = pageContent(await packingSlipPdf(input))
    const bars = code128Widths("K7MX3QPA").filter((_, index) => index % 2 === 0).length
    // pdfkit writes each bar as `x y w h re` then `f`; the barcode's bars are the rectangles 48 points high.
    const barRects = [...content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (-?[\d.]+) re\s+f/g)].filter(
      (match) => Math.abs(Number(match[4])) === 48,
    )
    expect(barRects).toHaveLength(bars)
  })
})
