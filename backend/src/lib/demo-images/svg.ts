/** Every demo picture is drawn on a square canvas of this many user units. */
export const SIZE = 800

/** Rounds coordinates to one decimal so the files stay small. */
export const n = (value: number): string => String(Math.round(value * 10) / 10)

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

export function svgDocument(title: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    body,
    "</svg>",
    "",
  ].join("\n")
}

export const rect = (x: number, y: number, width: number, height: number, fill: string, extra = ""): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`

export const circle = (cx: number, cy: number, r: number, fill: string, extra = ""): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra ? ` ${extra}` : ""}/>`

/** A faint woven texture for the background, shared by every pattern. */
export function groundWeave(ground: string, shade: string): string {
  return [
    '<defs><pattern id="weave" width="8" height="8" patternUnits="userSpaceOnUse">',
    `<path d="M0 4H8M4 0V8" stroke="${shade}" stroke-width="1" opacity="0.45"/></pattern></defs>`,
    rect(0, 0, SIZE, SIZE, ground),
    rect(0, 0, SIZE, SIZE, "url(#weave)"),
  ].join("")
}
