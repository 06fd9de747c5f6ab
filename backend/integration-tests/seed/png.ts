import { crc32, inflateSync } from "node:zlib"

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
// Bytes per pixel of 8-bit images, by colour type: greyscale, RGB, palette, greyscale + alpha, RGBA.
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

export type DecodedPng = { width: number; height: number; colourType: number; chunks: string[] }

/**
 * Reads a PNG the way a decoder must: the signature, every chunk's length and CRC-32 (zlib's, not the seed's own),
 * IHDR first with legal values, IDAT that inflates to exactly one filtered scanline per row, IEND last.
 * Throws naming the first thing that is wrong.
 */
export function decodePng(bytes: Buffer): DecodedPng {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG: the signature is wrong")
  const chunks: { type: string; data: Buffer }[] = []
  let at = 8
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new Error(`chunk at byte ${at} is cut short`)
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString("latin1", at + 4, at + 8)
    const end = at + 8 + length
    if (end + 4 > bytes.length) throw new Error(`${type} is longer than the file`)
    const stored = bytes.readUInt32BE(end)
    const computed = crc32(bytes.subarray(at + 4, end))
    if (stored !== computed)
      throw new Error(`${type} has CRC ${stored.toString(16)}, expected ${computed.toString(16)}`)
    chunks.push({ type, data: bytes.subarray(at + 8, end) })
    at = end + 4
  }
  const [first] = chunks
  if (first?.type !== "IHDR" || first.data.length !== 13) throw new Error("IHDR is not the first chunk")
  if (chunks.at(-1)?.type !== "IEND") throw new Error("IEND is not the last chunk")
  const width = first.data.readUInt32BE(0)
  const height = first.data.readUInt32BE(4)
  const [depth, colourType, compression, filter, interlace] = first.data.subarray(8)
  const channels = CHANNELS[colourType as number]
  if (!width || !height) throw new Error("IHDR has a zero width or height")
  if (depth !== 8 || !channels || compression !== 0 || filter !== 0 || interlace !== 0)
    throw new Error("IHDR describes an image this check does not decode (8-bit, not interlaced only)")
  const pixels = inflateSync(
    Buffer.concat(chunks.filter((chunk) => chunk.type === "IDAT").map((c) => c.data)),
  )
  const stride = 1 + width * channels
  if (pixels.length !== stride * height)
    throw new Error(`IDAT inflates to ${pixels.length} bytes, not ${stride * height}`)
  for (let row = 0; row < height; row++) {
    if ((pixels[row * stride] as number) > 4) throw new Error(`row ${row} has an unknown filter type`)
  }
  return { width, height, colourType: colourType as number, chunks: chunks.map((chunk) => chunk.type) }
}
