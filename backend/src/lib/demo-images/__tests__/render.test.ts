import { describe, expect, it } from "vitest"
import { type DemoImageKind, renderDemoImage } from "../render"

const KINDS: DemoImageKind[] = ["jar", "tatreez", "soap", "pottery", "mosaic", "rug", "candle", "sand"]

describe("renderDemoImage", () => {
  it("draws the same picture for the same handle and a different one for another", () => {
    const first = renderDemoImage({ handle: "zaatar-blend-ajloun", kind: "jar", title: "Za'atar" })
    expect(renderDemoImage({ handle: "zaatar-blend-ajloun", kind: "jar", title: "Za'atar" })).toBe(first)
    expect(renderDemoImage({ handle: "zaatar-blend-irbid", kind: "jar", title: "Za'atar" })).not.toBe(first)
  })

  it.each(KINDS)("draws a %s as a small standalone SVG with an escaped title", (kind) => {
    const svg = renderDemoImage({ handle: `demo-${kind}`, kind, title: `Ka'ak & <tea>` })
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain("<title>Ka&#39;ak &#38; &#60;tea&#62;</title>")
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true)
    expect(svg).not.toMatch(/NaN|undefined|https?:\/\/(?!www\.w3\.org)/)
    expect(svg.length).toBeLessThan(60_000)
  })
})
