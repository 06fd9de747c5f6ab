import { chromium } from "playwright-core"

const [, , url, width = "390"] = process.argv
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
page.on("response", (r) => r.status() >= 400 && console.log("HTTP", r.status(), r.url()))
await page.goto(url, { waitUntil: "networkidle" })
console.log(
  await page.evaluate(() => {
    const vw = document.documentElement.clientWidth
    return [
      document.documentElement.scrollWidth,
      vw,
      ...[...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().width > vw)
        .slice(0, 8)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().width)}`),
    ]
  }),
)
await browser.close()
