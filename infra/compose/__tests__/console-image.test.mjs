import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { securityHeaders } from "../../../admin/security-headers.ts"
import { nginxHeaderLines } from "../../docker/nginx-headers.mjs"

const infra = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const nginx = readFileSync(path.join(infra, "docker/console.nginx.conf"), "utf8")
const dockerfile = readFileSync(path.join(infra, "docker/Dockerfile"), "utf8")
const SNIPPET = "/etc/nginx/snippets/security-headers.conf"

describe("the console image's security headers", () => {
  it("turns the console's own header definition into one add_header line each", () => {
    const headers = securityHeaders("http://localhost:9000")
    const lines = nginxHeaderLines(headers)
    expect(lines).toHaveLength(Object.keys(headers).length)
    expect(lines).toContain(
      `add_header Content-Security-Policy "${headers["Content-Security-Policy"]}" always;`,
    )
    expect(lines.join("\n")).toContain("connect-src 'self' http://localhost:9000")
  })

  it("refuses a value that would break out of the directive", () => {
    expect(() => nginxHeaderLines({ "X-Test": 'a" ; evil' })).toThrow(/X-Test/)
    expect(() => nginxHeaderLines({ "X Test": "a" })).toThrow(/header name/)
  })

  it("sends the headers on every location that adds its own (nginx drops inherited ones there)", () => {
    const server = nginx.slice(nginx.indexOf("server {"))
    const blocks = server.split(/\n\s*location /).slice(1)
    expect(server.split("location ")[0]).toContain(`include ${SNIPPET};`)
    for (const block of blocks) {
      if (block.includes("add_header")) expect(block).toContain(`include ${SNIPPET};`)
    }
  })

  it("generates the snippet from the console build and copies it into the image", () => {
    expect(dockerfile).toContain(
      "node infra/docker/nginx-headers.mjs admin/dist/security-headers.json > admin/security-headers.conf",
    )
    expect(dockerfile).toContain(`COPY --from=build /app/admin/security-headers.conf ${SNIPPET}`)
  })
})
