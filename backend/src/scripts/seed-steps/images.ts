import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { renderDemoImage } from "../../lib/demo-images"
import type { SeedProduct } from "../seed-data/types"

// Medusa serves <project>/static at /static, and `medusa exec` runs from the project directory.
const DEMO_DIR = path.join(process.cwd(), "static", "demo")

export function demoImageUrl(handle: string): string {
  const base = (process.env.BACKEND_URL ?? "http://localhost:9000").replace(/\/+$/, "")
  return `${base}/static/demo/${handle}.svg`
}

/** Writes (or rewrites, identically) one SVG per product; returns how many. */
export async function writeDemoImages(products: readonly SeedProduct[]): Promise<number> {
  await mkdir(DEMO_DIR, { recursive: true })
  await Promise.all(
    products.map((product) =>
      writeFile(
        path.join(DEMO_DIR, `${product.handle}.svg`),
        renderDemoImage({
          handle: product.handle,
          kind: product.image,
          title: product.title.en,
          shape: product.potteryShape,
        }),
      ),
    ),
  )
  return products.length
}
