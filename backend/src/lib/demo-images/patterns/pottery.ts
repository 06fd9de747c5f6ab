import type { Palette } from "../palettes"
import type { Random } from "../random"
import { groundWeave, n, rect, SIZE } from "../svg"

const SHAPES = {
  bowl: "M170 360 Q400 380 630 360 Q620 600 400 610 Q180 600 170 360Z",
  jug: "M340 170 H460 V230 Q600 300 590 440 Q580 600 400 620 Q220 600 210 440 Q200 300 340 230Z",
  plate: "M120 400 A280 140 0 1 0 680 400 A280 140 0 1 0 120 400Z",
  burner: "M300 260 H500 L470 430 H560 L530 620 H270 L240 430 H330Z",
} as const

/** Painted bands and zigzags clipped to a hand-thrown silhouette. */
export function pottery(random: Random, palette: Palette, shape: keyof typeof SHAPES = "bowl"): string {
  const [paint, line, accent] = palette.inks
  const clay = random.pick(["#b86b45", "#c98a5e", "#a85c3a", "#d6a77a"])
  const bands: string[] = [rect(0, 0, SIZE, SIZE, clay)]
  let y = 150 + random.int(0, 40)
  while (y < 640) {
    const height = random.int(18, 40)
    const colour = random.pick([paint, line, accent])
    bands.push(rect(0, y, SIZE, height, colour))
    if (random.chance(0.5)) {
      const teeth = random.int(14, 22)
      const step = SIZE / teeth
      let d = `M0 ${n(y + height)}`
      for (let i = 0; i < teeth; i++)
        d += `L${n(i * step + step / 2)} ${n(y + height + 26)}L${n((i + 1) * step)} ${n(y + height)}`
      bands.push(`<path d="${d}Z" fill="${colour}"/>`)
    }
    y += height + random.int(40, 80)
  }
  const outline = SHAPES[shape]
  return [
    groundWeave(palette.ground, palette.shade),
    `<ellipse cx="400" cy="628" rx="250" ry="24" fill="#000" opacity="0.14"/>`,
    `<clipPath id="pot"><path d="${outline}"/></clipPath>`,
    `<g clip-path="url(#pot)">${bands.join("")}</g>`,
    `<path d="${outline}" fill="none" stroke="#000" stroke-opacity="0.2" stroke-width="4"/>`,
  ].join("")
}

export type PotteryShape = keyof typeof SHAPES
