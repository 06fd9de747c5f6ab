import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import react from "@vitejs/plugin-react"
import { defineConfig, type Plugin } from "vite"
import { HEADERS_FILE, securityHeaders } from "./security-headers"

const port = Number(process.env.ADMIN_PORT) || 7001
const backendUrl = process.env.VITE_MEDUSA_BACKEND_URL || "http://localhost:9000"
// Where product photos come from besides the API (a file bucket): space-separated URLs.
const imageOrigins = (process.env.VITE_IMAGE_ORIGINS ?? "").split(/\s+/).filter(Boolean)
const outDir = path.resolve(import.meta.dirname, "dist")

/** Emits dist/security-headers.json: the headers for the API origin this build talks to. */
function securityHeadersFile(): Plugin {
  return {
    name: "usra-security-headers",
    apply: "build",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: HEADERS_FILE,
        source: `${JSON.stringify(securityHeaders(backendUrl, imageOrigins), null, 2)}\n`,
      })
    },
  }
}

// `vite preview` serves a build that may have been made for another backend URL than this process knows: the
// build's own file wins. The dev server sends none (its hot reload runs inline scripts).
function previewHeaders(): Record<string, string> {
  const built = path.join(outDir, HEADERS_FILE)
  if (existsSync(built)) return JSON.parse(readFileSync(built, "utf8")) as Record<string, string>
  return securityHeaders(backendUrl, imageOrigins)
}

export default defineConfig({
  plugins: [react(), securityHeadersFile()],
  server: { port, strictPort: true },
  preview: { port, strictPort: true, headers: previewHeaders() },
})
