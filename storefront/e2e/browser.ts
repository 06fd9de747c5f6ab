import type { Page } from "playwright-core"
import { screenshotsInto } from "../../infra/e2e/browser"

export { launch, seriousViolations, type Violation } from "../../infra/e2e/browser"

export const screenshot = screenshotsInto("storefront")

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
