import type { Palette } from "../palettes"
import type { Random } from "../random"
import { groundWeave, n, SIZE } from "../svg"

const CELLS = 40
const CELL = SIZE / CELLS

/** One cross stitch as a path fragment: two diagonals across a grid cell. */
const stitch = (col: number, row: number): string => {
  const x = col * CELL + 3
  const y = row * CELL + 3
  const s = CELL - 6
  return `M${n(x)} ${n(y)}l${s} ${s}m0 -${s}l-${s} ${s}`
}

const stitches = (cells: Array<[number, number]>, colour: string): string =>
  cells.length === 0
    ? ""
    : `<path d="${cells.map(([c, r]) => stitch(c, r)).join("")}" stroke="${colour}" stroke-width="5" stroke-linecap="round" fill="none"/>`

/**
 * A cross-stitch panel: a large eight-fold symmetric star of concentric diamonds in the centre, a small
 * star in each corner and a stitched frame, the way tatreez motifs are counted on a grid.
 */
export function tatreez(random: Random, palette: Palette): string {
  const [main, second, third] = palette.inks
  const byColour = new Map<string, Array<[number, number]>>([
    [main, []],
    [second, []],
    [third, []],
  ])
  const put = (colour: string, col: number, row: number) => byColour.get(colour)?.push([col, row])

  const radius = 13
  const rings = Array.from({ length: radius + 1 }, () => random.chance(0.55))
  rings[radius] = true
  rings[0] = true
  const spokes = random.chance(0.6)
  const centre = CELLS / 2
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const distance = Math.abs(dx) + Math.abs(dy)
      if (distance > radius) continue
      const onRing = rings[distance] === true
      const onSpoke = spokes ? dx === 0 || dy === 0 || Math.abs(dx) === Math.abs(dy) : (dx + dy) % 2 === 0
      if (onRing) put(Math.floor(distance / 3) % 2 === 0 ? main : second, centre + dx, centre + dy)
      else if (onSpoke && distance < radius - 1) put(third, centre + dx, centre + dy)
    }
  }

  for (const [cx, cy] of [
    [5, 5],
    [CELLS - 6, 5],
    [5, CELLS - 6],
    [CELLS - 6, CELLS - 6],
  ] as const) {
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        const distance = Math.abs(dx) + Math.abs(dy)
        if (distance === 3 || distance === 0) put(second, cx + dx, cy + dy)
        else if (distance === 1) put(main, cx + dx, cy + dy)
      }
    }
  }

  for (let i = 1; i < CELLS - 1; i++) {
    if (i % 2 === 1) {
      put(main, i, 1)
      put(main, i, CELLS - 2)
      put(main, 1, i)
      put(main, CELLS - 2, i)
    }
  }

  const body = [...byColour].map(([colour, cells]) => stitches(cells, colour)).join("")
  return groundWeave(palette.ground, palette.shade) + body
}
