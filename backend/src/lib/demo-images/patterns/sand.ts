import type { Palette } from "../palettes"
import type { Random } from "../random"
import { circle, groundWeave, n, rect, SIZE } from "../svg"

const BOTTLE =
  "M360 130 H440 V250 Q560 300 560 430 V600 Q560 650 510 650 H290 Q240 650 240 600 V430 Q240 300 360 250Z"
const SANDS = ["#e9c46a", "#f4a261", "#e76f51", "#d4a373", "#faedcd", "#bc6c25"] as const

/** Layers of coloured desert sand in a glass bottle: wavy dunes below a sky with a sun. */
export function sand(random: Random, palette: Palette): string {
  const sky = [rect(0, 0, SIZE, SIZE, "#a8dadc"), circle(470, 330, 34, "#fff3b0")]
  const layers: string[] = []
  let y = 640
  while (y > 380) {
    const top = y - random.int(16, 40)
    const amplitude = random.int(6, 22)
    const phase = random.next() * Math.PI * 2
    let d = "M200 700"
    for (let x = 200; x <= 600; x += 20) d += `L${x} ${n(top + Math.sin(x / 40 + phase) * amplitude)}`
    const colour = random.chance(0.2) ? random.pick(palette.inks) : random.pick(SANDS)
    layers.push(`<path d="${d}L600 700Z" fill="${colour}"/>`)
    y = top
  }
  // Each layer runs to the bottom, so drawing the highest first lets every lower layer cover the one above.
  layers.reverse()
  return [
    groundWeave(palette.ground, palette.shade),
    `<ellipse cx="400" cy="656" rx="190" ry="20" fill="#000" opacity="0.12"/>`,
    `<clipPath id="bottle"><path d="${BOTTLE}"/></clipPath>`,
    `<g clip-path="url(#bottle)">${sky.join("")}${layers.join("")}</g>`,
    `<path d="${BOTTLE}" fill="none" stroke="#ffffff" stroke-width="8" opacity="0.6"/>`,
    rect(366, 96, 68, 50, "#8d6e4f", 'rx="8"'),
  ].join("")
}
