import type { Palette } from "../palettes"
import type { Random } from "../random"
import { circle, groundWeave, n, rect, SIZE } from "../svg"

/** A bar seen from slightly above: a top face, a darker front face and a stamped seal. */
function bar(random: Random, x: number, y: number, width: number, colour: string, stamp: string): string {
  const depth = 70
  const lift = 40
  const top = `M${n(x + lift)} ${n(y)}H${n(x + width + lift)}L${n(x + width)} ${n(y + lift)}H${n(x)}Z`
  const speckles: string[] = []
  for (let i = 0; i < 30; i++) {
    speckles.push(
      circle(
        x + 10 + random.next() * (width + lift - 20),
        y + 4 + random.next() * (lift + depth - 8),
        1.5 + random.next() * 2.5,
        "#000",
        'opacity="0.12"',
      ),
    )
  }
  return [
    `<path d="${top}" fill="${colour}"/>`,
    rect(x, y + lift, width, depth, colour),
    rect(x, y + lift, width, depth, "#000", 'opacity="0.18"'),
    `<path d="M${n(x + width)} ${n(y + lift)}L${n(x + width + lift)} ${n(y)}V${n(y + depth)}L${n(x + width)} ${n(y + lift + depth)}Z" fill="${colour}"/>`,
    `<path d="M${n(x + width)} ${n(y + lift)}L${n(x + width + lift)} ${n(y)}V${n(y + depth)}L${n(x + width)} ${n(y + lift + depth)}Z" fill="#000" opacity="0.3"/>`,
    ...speckles,
    `<ellipse cx="${n(x + width / 2 + lift / 2)}" cy="${n(y + lift / 2)}" rx="${n(width / 5)}" ry="${n(lift / 3.2)}" fill="none" stroke="${stamp}" stroke-width="3" opacity="0.6"/>`,
  ].join("")
}

/** A small stack of hand-cut soap bars on a pebble-dotted ground. */
export function soap(random: Random, palette: Palette): string {
  const [first, second, third] = palette.inks
  const pebbles: string[] = []
  for (let i = 0; i < 60; i++) {
    pebbles.push(
      circle(
        random.next() * SIZE,
        random.next() * SIZE,
        4 + random.next() * 10,
        palette.shade,
        'opacity="0.7"',
      ),
    )
  }
  const width = random.int(300, 360)
  const left = (SIZE - width - 40) / 2
  return [
    groundWeave(palette.ground, palette.shade),
    ...pebbles,
    `<ellipse cx="${SIZE / 2}" cy="620" rx="260" ry="30" fill="#000" opacity="0.12"/>`,
    bar(random, left + 10, 470, width, third, first),
    bar(random, left - 10, 360, width, second, first),
    bar(random, left + 20, 250, width, first, second),
  ].join("")
}
