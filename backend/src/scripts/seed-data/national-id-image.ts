import { deflateSync } from "node:zlib"

// The demo national-ID card: a real PNG (signature, IHDR, IDAT, IEND, each chunk with its CRC-32), drawn as a
// plain card (a photo box and text lines) so the console's document viewer shows something that looks like one.
const WIDTH = 171
const HEIGHT = 108

type Rgb = readonly [number, number, number]
const CARD: Rgb = [232, 240, 236]
const BAND: Rgb = [0, 122, 61]
const PHOTO: Rgb = [176, 186, 180]
const LINE: Rgb = [88, 98, 94]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 as PNG (and zlib) define it: reflected, polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function colourAt(x: number, y: number): Rgb {
  if (y < 18) return BAND
  if (x >= 10 && x < 52 && y >= 28 && y < 92) return PHOTO
  const lines = [34, 48, 62, 76]
  const widths = [96, 80, 100, 64]
  for (const [index, top] of lines.entries()) {
    if (y >= top && y < top + 5 && x >= 62 && x < 62 + (widths[index] as number)) return LINE
  }
  return CARD
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The card as PNG bytes: 8-bit RGB, no interlace, each scanline with filter type 0. */
export function nationalIdPng(): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(WIDTH, 0)
  header.writeUInt32BE(HEIGHT, 4)
  header.set([8, 2, 0, 0, 0], 8) // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace
  const stride = 1 + WIDTH * 3
  const pixels = Buffer.alloc(stride * HEIGHT)
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) pixels.set(colourAt(x, y), y * stride + 1 + x * 3)
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}
