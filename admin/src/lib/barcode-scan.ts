import { normalizeCode } from "../routes/hub/code"

// The parts of the Shape Detection API the console uses (not yet in TypeScript's DOM types).
export type DetectedBarcode = { rawValue: string; format: string }
export interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>
}
export interface BarcodeDetectorClass {
  new (options?: { formats?: string[] }): BarcodeDetectorLike
  getSupportedFormats?: () => Promise<string[]>
}

/** Formats a printed code may come in: linear codes from label printers, 2D codes from phones and slips. */
export const WANTED_FORMATS = ["code_128", "code_39", "qr_code", "data_matrix"]

type ScanWindow = { BarcodeDetector?: BarcodeDetectorClass; navigator: Navigator }

/** The detector class when this browser can both see through a camera and read barcodes, else null. */
export function barcodeDetector(win: ScanWindow | undefined = globalThis as unknown as ScanWindow) {
  if (!win?.BarcodeDetector || typeof win.navigator?.mediaDevices?.getUserMedia !== "function") return null
  return win.BarcodeDetector
}

/** The wanted formats this browser reads (all of them when it does not say). */
export async function formatsToRead(detector: BarcodeDetectorClass): Promise<string[]> {
  const supported = await detector.getSupportedFormats?.().catch(() => undefined)
  if (!supported) return WANTED_FORMATS
  return WANTED_FORMATS.filter((format) => supported.includes(format))
}

const CODE_IN_TEXT = /(?<![A-Z0-9])([2-9A-HJKMNP-Z]{4})[\s-]?([2-9A-HJKMNP-Z]{4})(?![A-Z0-9])/g

/**
 * The consignment code a barcode carries: the code itself (the packing slip prints it as "K7MX 3QPA"), or a code
 * standing alone inside longer text such as a link ".../hub?code=K7MX3QPA". Null when there is none.
 */
export function codeFromBarcode(rawValue: string): string | null {
  const whole = normalizeCode(rawValue.trim())
  if (whole) return whole
  for (const match of rawValue.toUpperCase().matchAll(CODE_IN_TEXT)) {
    const code = normalizeCode(`${match[1]}${match[2]}`)
    if (code) return code
  }
  return null
}
