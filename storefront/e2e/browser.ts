import { mkdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
export const ARTIFACTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test-artifacts/storefront",
)

/** Debian's Chromium (apt-get install chromium), never a browser downloaded by a test tool. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

export type Violation = { id: string; impact: string | null; help: string; nodes: string[] }

/**
 * axe-core, from the npm package (no CDN): the serious and critical WCAG 2.1 A/AA violations. It is evaluated
 * through DevTools rather than added as an inline <script>, which the shop's Content-Security-Policy refuses.
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

/** Presses Tab until the element matching `selector` has focus (keyboard only, like a buyer without a mouse). */
export async function tabTo(page: Page, selector: string, maxPresses = 60) {
  for (let press = 0; press < maxPresses; press++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return
    await page.keyboard.press("Tab")
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** Picks an option of the focused <select> with the arrow keys, as a keyboard user does. */
export async function arrowToOption(page: Page, selector: string, value: string) {
  const [current, target] = await page.evaluate(
    ([sel, wanted]) => {
      const select = document.querySelector<HTMLSelectElement>(sel as string)
      const options = [...(select?.options ?? [])].map((option) => option.value)
      return [select?.selectedIndex ?? -1, options.indexOf(wanted as string)]
    },
    [selector, value],
  )
  if (target < 0) throw new Error(`${selector} has no option ${value}`)
  const key = target > current ? "ArrowDown" : "ArrowUp"
  for (let step = 0; step < Math.abs(target - current); step++) await page.keyboard.press(key)
}

/**
 * Collects every Content-Security-Policy violation the page reports (Chromium logs each as a console error,
 * and fires securitypolicyviolation), so a test can fail on the first resource or inline script the policy
 * blocks.
 */
export function watchCsp(page: Page): string[] {
  const violations: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error" && /Content[- ]Security[- ]Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`)
  })
  return violations
}
