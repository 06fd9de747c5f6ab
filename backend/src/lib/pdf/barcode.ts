import bwipjs from "bwip-js"
import type { Pdf } from "./document"

/**
 * Widths of Code 128's alternating bars and spaces for `text` (start code, data, check character and stop code),
 * in modules, bar first. bwip-js picks the code sets, so codes with runs of digits stay short.
 */
export function code128Widths(text: string): number[] {
  const [symbol] = bwipjs.raw("code128", text, {}) as unknown as { sbs: number[] }[]
  if (!symbol?.sbs?.length) throw new Error(`could not encode "${text}" as Code 128`)
  return symbol.sbs
}

/**
 * Draws `text` as a Code 128 barcode, centred in `width`, in vector bars so it stays sharp on any printer.
 * Hub staff scan it with a handheld scanner (which types the code) or the console's camera; the quiet zones of ten
 * modules on each side are what scanners need to find the start.
 */
export function drawCode128(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { height?: number; maxModule?: number } = {},
): number {
  const widths = code128Widths(text)
  const modules = widths.reduce((sum, w) => sum + w, 0) + 20
  const module = Math.min(options.maxModule ?? 1.6, width / modules)
  const height = options.height ?? 48
  let cursor = x + (width - modules * module) / 2 + 10 * module
  doc.save().fillColor("#000000")
  widths.forEach((w, index) => {
    if (index % 2 === 0) doc.rect(cursor, y, w * module, height).fill()
    cursor += w * module
  })
  doc.restore()
  return y + height
}
