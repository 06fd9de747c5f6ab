export type DetectedMime = "application/pdf" | "image/png" | "image/jpeg" | "image/webp"
export type DetectedType = { mime: DetectedMime; extensions: string[] }

/** Bytes that must appear at an offset; a signature matches when all its parts do. */
type Signature = { parts: { offset: number; bytes: number[] }[]; type: DetectedType }

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

const SIGNATURES: Signature[] = [
  {
    parts: [{ offset: 0, bytes: ascii("%PDF-") }],
    type: { mime: "application/pdf", extensions: ["pdf"] },
  },
  {
    parts: [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
    type: { mime: "image/png", extensions: ["png"] },
  },
  {
    parts: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
    type: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  },
  // A RIFF container whose form type is WEBP; bytes 4..7 are the chunk size.
  {
    parts: [
      { offset: 0, bytes: ascii("RIFF") },
      { offset: 8, bytes: ascii("WEBP") },
    ],
    type: { mime: "image/webp", extensions: ["webp"] },
  },
]

/** The type the bytes really are (PDF, PNG, JPEG or WebP), whatever the name or the browser claims. */
export function detectFileType(content: Buffer): DetectedType | undefined {
  return SIGNATURES.find(({ parts }) =>
    parts.every(({ offset, bytes }) => bytes.every((byte, index) => content[offset + index] === byte)),
  )?.type
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".")
  return dot === -1 ? "" : filename.slice(dot + 1).toLowerCase()
}
