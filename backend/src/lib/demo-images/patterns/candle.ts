import type { Palette } from "../palettes"
import type { Random } from "../random"
import { groundWeave, n, rect, SIZE } from "../svg"

/** One to three hand-poured pillar candles of different heights, each with a glowing flame. */
export function candle(random: Random, palette: Palette): string {
  const count = random.int(1, 3)
  const width = count === 1 ? 200 : count === 2 ? 170 : 140
  const gap = 30
  const total = count * width + (count - 1) * gap
  const base = 640
  const parts: string[] = [
    groundWeave(palette.ground, palette.shade),
    '<defs><radialGradient id="glow"><stop offset="0" stop-color="#ffd166" stop-opacity="0.8"/><stop offset="1" stop-color="#ffd166" stop-opacity="0"/></radialGradient></defs>',
    `<ellipse cx="${SIZE / 2}" cy="${base + 8}" rx="${n(total / 2 + 60)}" ry="22" fill="#000" opacity="0.12"/>`,
  ]
  for (let i = 0; i < count; i++) {
    const x = (SIZE - total) / 2 + i * (width + gap)
    const height = random.int(220, 400)
    const top = base - height
    const wax = palette.inks[i % 3] ?? palette.inks[0]
    const cx = x + width / 2
    parts.push(
      rect(x, top, width, height, wax, 'rx="12"'),
      rect(x + width * 0.62, top, width * 0.2, height, "#ffffff", 'opacity="0.15"'),
      rect(x, top + height * 0.55, width, 26, "#fbf7ef", 'opacity="0.85"'),
      `<path d="M${n(cx)} ${n(top)}V${n(top - 22)}" stroke="#3b3b3b" stroke-width="4"/>`,
      `<circle cx="${n(cx)}" cy="${n(top - 60)}" r="70" fill="url(#glow)"/>`,
      `<path d="M${n(cx)} ${n(top - 100)}Q${n(cx + 24)} ${n(top - 50)} ${n(cx)} ${n(top - 22)}Q${n(cx - 24)} ${n(top - 50)} ${n(cx)} ${n(top - 100)}Z" fill="#f4a261"/>`,
      `<path d="M${n(cx)} ${n(top - 72)}Q${n(cx + 10)} ${n(top - 44)} ${n(cx)} ${n(top - 28)}Q${n(cx - 10)} ${n(top - 44)} ${n(cx)} ${n(top - 72)}Z" fill="#ffe8a3"/>`,
    )
  }
  return parts.join("")
}
