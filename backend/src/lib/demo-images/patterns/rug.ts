import type { Palette } from "../palettes"
import type { Random } from "../random"
import { n, rect, SIZE } from "../svg"

const LEFT = 130
const RIGHT = SIZE - 130
const TOP = 90
const BOTTOM = SIZE - 90

/** A chain of diamonds across one band, as woven into Bani Hamida rugs. */
function diamonds(y: number, height: number, colour: string): string {
  const count = Math.round((RIGHT - LEFT) / height)
  const width = (RIGHT - LEFT) / count
  let d = ""
  for (let i = 0; i < count; i++) {
    const cx = LEFT + i * width + width / 2
    d += `M${n(cx)} ${n(y + 4)}L${n(cx + width / 2 - 4)} ${n(y + height / 2)}L${n(cx)} ${n(y + height - 4)}L${n(cx - width / 2 + 4)} ${n(y + height / 2)}Z`
  }
  return `<path d="${d}" fill="${colour}"/>`
}

/** A flat-woven wool rug with fringes: stripes, diamond chains and saw-tooth bands in natural dyes. */
export function rug(random: Random, palette: Palette): string {
  const [red, dark, gold] = palette.inks
  const parts: string[] = [rect(0, 0, SIZE, SIZE, palette.ground)]
  const fringe: string[] = []
  for (let x = LEFT + 6; x < RIGHT; x += 12) {
    fringe.push(`M${x} ${TOP - 40}V${TOP}M${x} ${BOTTOM}V${BOTTOM + 40}`)
  }
  parts.push(`<path d="${fringe.join("")}" stroke="#e9dfcc" stroke-width="4"/>`)
  parts.push(rect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP, red))

  let y = TOP + 20
  while (y < BOTTOM - 40) {
    const kind = random.int(0, 2)
    const height = Math.min(random.int(30, 70), BOTTOM - 20 - y)
    if (kind === 0) {
      parts.push(rect(LEFT, y, RIGHT - LEFT, height, dark), diamonds(y, height, gold))
    } else if (kind === 1) {
      parts.push(
        rect(LEFT, y, RIGHT - LEFT, height / 3, gold),
        rect(LEFT, y + (2 * height) / 3, RIGHT - LEFT, height / 3, dark),
      )
    } else {
      parts.push(rect(LEFT, y + height / 2 - 4, RIGHT - LEFT, 8, palette.ground))
    }
    y += height + random.int(14, 36)
  }
  parts.push(rect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP, "none", `stroke="${dark}" stroke-width="10"`))
  return parts.join("")
}
