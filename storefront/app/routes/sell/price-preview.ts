import { UsraApiError } from "@usra/api-client"
import { toLocale } from "../../lib/i18n"
import { requireSeller } from "../../lib/seller.server"
import type { Route } from "./+types/price-preview"

/** GET ?fils=: the product form's live preview of buyers' prices, from the backend's rates. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requireSeller(request, toLocale(params.lang))
  const fils = Number(new URL(request.url).searchParams.get("fils"))
  if (!Number.isSafeInteger(fils) || fils < 1 || fils > 10_000_000) return { prices: null }
  try {
    return { prices: (await api.pricePreview(fils)).prices }
  } catch (error) {
    if (error instanceof UsraApiError && error.status < 500) return { prices: null }
    throw error
  }
}
