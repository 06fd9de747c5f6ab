import { renderToString } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { App } from "../app"
import { backendUrl } from "../config"

describe("console shell", () => {
  it("shows the console title in Arabic and in English", () => {
    const arabic = renderToString(<App initialLocale="ar" />)
    expect(arabic).toContain("وزارة التنمية الاجتماعية")
    expect(arabic).toContain("اليوم")
    expect(arabic).toContain(">English</button>")

    const english = renderToString(<App initialLocale="en" />)
    expect(english).toContain("Ministry of Social Development console")
    expect(english).toContain("Today")
    expect(english).toContain(">العربية</button>")
  })

  it("names the backend it talks to", () => {
    expect(renderToString(<App initialLocale="en" />)).toContain(backendUrl)
  })
})
