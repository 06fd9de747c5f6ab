import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, securityHeaders } from "../../security-headers"

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )

describe("the console's security headers", () => {
  it("allow scripts only from the console itself, requests and images from the API, and no framing", () => {
    const policy = directives(contentSecurityPolicy("https://api.usra.jo/some/path"))
    expect(policy["script-src"]).toEqual(["'self'"])
    expect(policy["connect-src"]).toEqual(["'self'", "https://api.usra.jo"])
    expect(policy["img-src"]).toEqual(["'self'", "data:", "blob:", "https://api.usra.jo"])
    expect(policy["frame-ancestors"]).toEqual(["'none'"])
    expect(policy["object-src"]).toEqual(["'none'"])
    expect(JSON.stringify(policy)).not.toMatch(/unsafe-(inline|eval)|\*/)
  })

  it("show product photos from the file bucket too, and only images from it", () => {
    const policy = directives(contentSecurityPolicy("https://api.usra.jo", ["https://files.usra.jo/uploads"]))
    expect(policy["img-src"]).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://api.usra.jo",
      "https://files.usra.jo",
    ])
    expect(policy["connect-src"]).toEqual(["'self'", "https://api.usra.jo"])
  })

  it("come with nosniff, a referrer policy and the camera for this origin only", () => {
    expect(securityHeaders("http://localhost:9000")).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=(self)"),
    })
  })

  it("refuse an API address that is not a URL rather than write a broken policy", () => {
    expect(() => contentSecurityPolicy("api.usra.jo")).toThrow()
  })
})
