import type { Palette } from "../palettes"
import type { Random } from "../random"
import { n, rect, SIZE } from "../svg"

const TILES = 18
const STEP = SIZE / TILES
const GAP = 4

type Motif = (x: number, y: number) => number

/** Shapes laid in Madaba's floor mosaics: a rosette, a diamond lattice and a stylised tree of life. */
const MOTIFS: readonly Motif[] = [
  (x, y) => Math.floor(Math.hypot(x, y) / 2.2) % 3,
  (x, y) => Math.floor((Math.abs(x) + Math.abs(y)) / 2) % 3,
  (x, y) => {
    if (Math.abs(x) <= 0.6 && y > -2) return 2
    if (y < 1 && Math.hypot(x, y + 3) < 5.5) return (Math.abs(x) + Math.abs(y)) % 3 < 1.2 ? 1 : 0
    return 3
  },
]

/** Square stone tesserae with uneven edges and slight tilts, grouted on a pale ground. */
export function mosaic(random: Random, palette: Palette): string {
  const motif = random.pick(MOTIFS)
  const colours = [palette.inks[0], palette.inks[1], palette.inks[2], palette.shade]
  const tiles: string[] = [rect(0, 0, SIZE, SIZE, "#d9d2c5")]
  for (let row = 0; row < TILES; row++) {
    for (let col = 0; col < TILES; col++) {
      const x = col - (TILES - 1) / 2
      const y = row - (TILES - 1) / 2
      const border = row === 0 || col === 0 || row === TILES - 1 || col === TILES - 1
      const index = border ? (row + col) % 2 : motif(x, y)
      const colour = colours[index % colours.length] ?? palette.shade
      const size = STEP - GAP - random.next() * 3
      const angle = (random.next() - 0.5) * 6
      const cx = col * STEP + STEP / 2
      const cy = row * STEP + STEP / 2
      tiles.push(
        rect(
          cx - size / 2,
          cy - size / 2,
          size,
          size,
          colour,
          `rx="3" transform="rotate(${n(angle)} ${n(cx)} ${n(cy)})"`,
        ),
      )
    }
  }
  return tiles.join("")
}
