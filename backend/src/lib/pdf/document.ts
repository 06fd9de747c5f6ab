import { createRequire } from "node:module"
import path from "node:path"
import PDFDocument from "pdfkit"
import { isRtl, type Segment, visualOrder, visualSegments, type Word, wordsOf } from "./bidi"

// Not named `require`: compiled to CommonJS, a top-level `const require` clashes with the module wrapper's own
// parameter, so Node gives up on the file as CommonJS and loads it as an ES module, where it fails.
const resolvePackage = createRequire(__filename).resolve

/**
 * IBM Plex Sans Arabic from @fontsource (OFL): its files are split by script, so a line mixes the Arabic file
 * (letters, shaped and joined by fontkit) and the Latin one (Latin letters, digits, punctuation).
 */
function fontFiles() {
  const dir = path.join(
    path.dirname(resolvePackage("@fontsource/ibm-plex-sans-arabic/package.json")),
    "files",
  )
  const file = (script: string, weight: number) =>
    path.join(dir, `ibm-plex-sans-arabic-${script}-${weight}-normal.woff`)
  return {
    arabic: file("arabic", 400),
    "arabic-bold": file("arabic", 600),
    latin: file("latin", 400),
    "latin-bold": file("latin", 600),
  }
}

export type Pdf = InstanceType<typeof PDFDocument>
export type TextOptions = { size?: number; bold?: boolean; color?: string }

/** A new A4 (or `size`) document with the fonts registered, and a function that resolves with its bytes. */
export function newPdf(options: { size?: string | [number, number]; margin?: number; title: string }) {
  const doc = new PDFDocument({
    size: options.size ?? "A4",
    margin: options.margin ?? 40,
    info: { Title: options.title, Author: "Usra", Producer: "Usra" },
    lang: "ar",
  })
  for (const [name, file] of Object.entries(fontFiles())) doc.registerFont(name, file)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  return {
    doc,
    finish: () => {
      doc.end()
      return done
    },
  }
}

let arabicCoverage: ((codePoint: number) => boolean) | undefined
function arabicHas(doc: Pdf): (codePoint: number) => boolean {
  if (!arabicCoverage) {
    doc.font("arabic")
    const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font
      .font
    arabicCoverage = (codePoint) => font.hasGlyphForCodePoint(codePoint)
  }
  return arabicCoverage
}

function fontOf(segment: Segment, bold: boolean) {
  return `${segment.script}${bold ? "-bold" : ""}`
}

function segmentWidth(doc: Pdf, segment: Segment, options: Required<TextOptions>) {
  return doc.font(fontOf(segment, options.bold)).fontSize(options.size).widthOfString(segment.text)
}

function wordWidth(doc: Pdf, word: Word, options: Required<TextOptions>) {
  return word.segments.reduce((sum, segment) => sum + segmentWidth(doc, segment, options), 0)
}

const defaults = (options: TextOptions): Required<TextOptions> => ({
  size: options.size ?? 10,
  bold: options.bold ?? false,
  color: options.color ?? "#1f1a17",
})

/**
 * Writes `text` in the box from x to x + width, starting at y, wrapping at spaces; Arabic lines run right to left
 * and sit against the right edge, others against the left (or as `align` says). Returns the y below the text.
 */
export function write(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  options: TextOptions & { align?: "start" | "end" | "center" | "left" | "right" } = {},
): number {
  const opts = defaults(options)
  const rtl = isRtl(text)
  const words = wordsOf(text, arabicHas(doc))
  const space = doc
    .font(opts.bold ? "latin-bold" : "latin")
    .fontSize(opts.size)
    .widthOfString(" ")
  const lineHeight = opts.size * 1.45
  const lines: Word[][] = []
  let current: Word[] = []
  let used = 0
  for (const word of words) {
    const w = wordWidth(doc, word, opts)
    if (current.length > 0 && used + space + w > width) {
      lines.push(current)
      current = []
      used = 0
    }
    used += (current.length ? space : 0) + w
    current.push(word)
  }
  if (current.length) lines.push(current)

  doc.fillColor(opts.color)
  let top = y
  for (const line of lines) {
    const ordered = visualOrder(line, rtl)
    const total =
      ordered.reduce((sum, word) => sum + wordWidth(doc, word, opts), 0) + space * (ordered.length - 1)
    const align = options.align ?? "start"
    const atRight = align === "right" || (align === "start" && rtl) || (align === "end" && !rtl)
    let cursor = align === "center" ? x + (width - total) / 2 : atRight ? x + width - total : x
    for (const word of ordered) {
      for (const segment of visualSegments(word)) {
        doc.font(fontOf(segment, opts.bold)).fontSize(opts.size)
        doc.text(segment.text, cursor, top, { lineBreak: false })
        cursor += segmentWidth(doc, segment, opts)
      }
      cursor += space
    }
    top += lineHeight
  }
  return lines.length ? top : y + lineHeight
}

/** A label in English on the left and Arabic on the right of one row; returns the y below it. */
export function bilingualRow(
  doc: Pdf,
  en: string,
  ar: string,
  y: number,
  options: TextOptions & { x?: number; width?: number } = {},
): number {
  const x = options.x ?? doc.page.margins.left
  const width = options.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right
  const half = width / 2 - 6
  const left = write(doc, en, x, y, half, { ...options, align: "left" })
  const right = write(doc, ar, x + width - half, y, half, { ...options, align: "right" })
  return Math.max(left, right)
}

export function rule(doc: Pdf, y: number, color = "#ded5c9") {
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .strokeColor(color)
    .lineWidth(0.8)
    .stroke()
}

/** JOD fils as "12.500" (exact, no float). */
export function jod(fils: number): string {
  const negative = fils < 0
  const digits = String(Math.abs(Math.trunc(fils))).padStart(4, "0")
  return `${negative ? "-" : ""}${digits.slice(0, -3)}.${digits.slice(-3)}`
}

/** Sends a finished PDF: inline, not cached, with a file name. */
export function sendPdf(
  res: { setHeader(name: string, value: string): unknown; send(body: Buffer): unknown },
  filename: string,
  bytes: Buffer,
) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${filename.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.send(bytes)
}
