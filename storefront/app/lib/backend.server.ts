import type { ProductCard } from "./product"

const DEFAULT_BACKEND_URL = "http://localhost:9000"
// A slow backend must not hold the page hostage: the home page renders without products instead.
const TIMEOUT_MS = 3000
let warnedMissingKey = false

type StoreProduct = {
  id: string
  title: string
  handle?: string | null
  thumbnail?: string | null
  metadata?: Record<string, unknown> | null
}

/** Latest products from the Medusa store API, or null when the backend cannot be reached or is not configured. */
export async function listProducts(limit: number): Promise<ProductCard[] | null> {
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    if (!warnedMissingKey)
      console.warn("[storefront] MEDUSA_PUBLISHABLE_KEY is not set: products are not shown")
    warnedMissingKey = true
    return null
  }
  const url = new URL("/store/products", process.env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL)
  url.searchParams.set("limit", String(limit))
  url.searchParams.set("fields", "id,title,handle,thumbnail,metadata")
  if (process.env.MEDUSA_REGION_ID) url.searchParams.set("region_id", process.env.MEDUSA_REGION_ID)

  try {
    const response = await fetch(url, {
      headers: { "x-publishable-api-key": publishableKey, accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) throw new Error(`GET ${url.pathname} answered ${response.status}`)
    const body = (await response.json()) as { products?: StoreProduct[] }
    return (body.products ?? []).map(toCard)
  } catch (error) {
    console.warn("[storefront] products are unavailable:", error instanceof Error ? error.message : error)
    return null
  }
}

function toCard(product: StoreProduct): ProductCard {
  const titleAr = product.metadata?.title_ar
  return {
    id: product.id,
    title: product.title,
    titleAr: typeof titleAr === "string" && titleAr.trim() ? titleAr : null,
    handle: product.handle ?? null,
    thumbnail: product.thumbnail ?? null,
  }
}
