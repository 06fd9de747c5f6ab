#!/usr/bin/env node
// Turns the console build's security-headers.json (the headers for the API it was built for) into nginx
// `add_header` lines, so the console image sends exactly what `vite preview` and the e2e server send.
//   node infra/docker/nginx-headers.mjs admin/dist/security-headers.json > security-headers.conf
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** One `add_header ... always;` line per header; a value with a double quote would break the directive. */
export function nginxHeaderLines(headers) {
  return Object.entries(headers).map(([name, value]) => {
    if (!/^[A-Za-z-]+$/.test(name)) throw new Error(`not a header name: ${name}`)
    if (/["\n\r]/.test(value)) throw new Error(`${name}: a value may not contain quotes or line breaks`)
    return `add_header ${name} "${value}" always;`
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2]
  if (!file) {
    console.error("usage: nginx-headers.mjs <security-headers.json>")
    process.exit(2)
  }
  console.log(nginxHeaderLines(JSON.parse(readFileSync(file, "utf8"))).join("\n"))
}
