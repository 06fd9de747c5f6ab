import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminRateCard } from "@usra/types"
import { api } from "../../api"

export const shippingRateKeys = { all: ["shipping-rates"] as const }

export function useShippingRates() {
  return useQuery({ queryKey: shippingRateKeys.all, queryFn: () => api.shippingRates.get() })
}

export function useReplaceRateCard() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (card: Pick<AdminRateCard, "zone" | "currency_code" | "transit_days" | "brackets">) =>
      api.shippingRates.replace(card),
    onSuccess: () => client.invalidateQueries({ queryKey: shippingRateKeys.all }),
  })
}
