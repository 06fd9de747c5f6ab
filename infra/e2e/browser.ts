// Browser helpers both apps' end-to-end tests share: Debian's Chromium, full-page screenshots and axe-core.
import { mkdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs"

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
const TEST_ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test-artifacts")

/** Debian's Chromium, never a browser downloaded by a test tool. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

/** A screenshot(page, name) that saves full-page PNGs in test-artifacts/<folder>. */
export function screenshotsInto(folder: string) {
  const dir = path.join(TEST_ARTIFACTS, folder)
  return async (page: Page, name: string) => {
    mkdirSync(dir, { recursive: true })
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
  }
}

export type Violation = { id: string; impact: string | null; help: string; nodes: string[] }

/**
 * axe-core, from the npm package (no CDN): the serious and critical WCAG 2.1 A/AA violations. It is evaluated
 * through DevTools rather than added as an inline <script>, which the apps' Content-Security-Policy refuses.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
          }>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    })
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
      }))
  })
}
