import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

const port = Number(process.env.ADMIN_PORT) || 7001

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
})
