import type { Palette } from "../palettes"
import type { Random } from "../random"
import { circle, groundWeave, n, rect, SIZE } from "../svg"

/** A glass jar of home preserves on a striped tablecloth, with a hand-drawn label. */
export function jar(random: Random, palette: Palette): string {
  const [filling, lid, label] = palette.inks
  const width = random.int(300, 380)
  const height = random.int(360, 430)
  const left = (SIZE - width) / 2
  const bottom = 640
  const top = bottom - height
  const shoulder = random.int(30, 50)

  const cloth: string[] = [rect(0, 560, SIZE, 240, palette.shade)]
  for (let x = 0; x < SIZE; x += 40) cloth.push(rect(x, 560, 16, 240, label, 'opacity="0.25"'))

  const body = `M${n(left + shoulder)} ${n(top)}H${n(left + width - shoulder)}Q${n(left + width)} ${n(top)} ${n(left + width)} ${n(top + shoulder)}V${n(bottom - 24)}Q${n(left + width)} ${n(bottom)} ${n(left + width - 24)} ${n(bottom)}H${n(left + 24)}Q${n(left)} ${n(bottom)} ${n(left)} ${n(bottom - 24)}V${n(top + shoulder)}Q${n(left)} ${n(top)} ${n(left + shoulder)} ${n(top)}Z`
  const fillTop = top + random.int(40, 80)
  const dots: string[] = []
  for (let i = 0; i < 40; i++) {
    dots.push(
      circle(
        left + 20 + random.next() * (width - 40),
        fillTop + 20 + random.next() * (bottom - fillTop - 40),
        3 + random.next() * 5,
        "#ffffff",
        'opacity="0.18"',
      ),
    )
  }
  const labelTop = top + height * 0.45
  const labelHeight = height * 0.3

  return [
    groundWeave(palette.ground, palette.shade),
    ...cloth,
    `<ellipse cx="${SIZE / 2}" cy="${bottom + 6}" rx="${n(width / 2 + 20)}" ry="18" fill="#000" opacity="0.12"/>`,
    `<clipPath id="jar"><path d="${body}"/></clipPath>`,
    `<path d="${body}" fill="#ffffff" opacity="0.55"/>`,
    `<g clip-path="url(#jar)">${rect(left, fillTop, width, bottom - fillTop, filling)}${dots.join("")}</g>`,
    `<path d="${body}" fill="none" stroke="#ffffff" stroke-width="6" opacity="0.7"/>`,
    rect(left + shoulder - 6, top - 50, width - 2 * shoulder + 12, 56, lid, 'rx="10"'),
    rect(left + shoulder - 6, top - 26, width - 2 * shoulder + 12, 8, "#000", 'opacity="0.15"'),
    rect(left + 40, labelTop, width - 80, labelHeight, "#fbf7ef", 'rx="14"'),
    rect(left + 60, labelTop + labelHeight * 0.35, width - 120, 10, lid, 'rx="5"'),
    rect(left + 90, labelTop + labelHeight * 0.6, width - 180, 8, label, 'rx="4"'),
  ].join("")
}
