import { pickPalette } from "./palettes"
import { candle } from "./patterns/candle"
import { jar } from "./patterns/jar"
import { mosaic } from "./patterns/mosaic"
import { type PotteryShape, pottery } from "./patterns/pottery"
import { rug } from "./patterns/rug"
import { sand } from "./patterns/sand"
import { soap } from "./patterns/soap"
import { tatreez } from "./patterns/tatreez"
import { seededRandom } from "./random"
import { svgDocument } from "./svg"

export type DemoImageKind = "jar" | "tatreez" | "soap" | "pottery" | "mosaic" | "rug" | "candle" | "sand"

export interface DemoImageInput {
  /** Seeds the palette and every random choice: one handle, one picture, every time. */
  handle: string
  kind: DemoImageKind
  /** The accessible name of the picture. */
  title: string
  /** Which silhouette a pottery picture uses. */
  shape?: PotteryShape
}

/** A deterministic SVG standing in for a product photo until families upload their own. */
export function renderDemoImage({ handle, kind, title, shape }: DemoImageInput): string {
  const random = seededRandom(handle)
  const palette = pickPalette(random)
  const draw = {
    jar: () => jar(random, palette),
    tatreez: () => tatreez(random, palette),
    soap: () => soap(random, palette),
    pottery: () => pottery(random, palette, shape),
    mosaic: () => mosaic(random, palette),
    rug: () => rug(random, palette),
    candle: () => candle(random, palette),
    sand: () => sand(random, palette),
  } satisfies Record<DemoImageKind, () => string>
  return svgDocument(title, draw[kind]())
}
