import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../../api"

export const exchangeRateKeys = { all: ["exchange-rates"] as const }

export function useExchangeRates() {
  return useQuery({ queryKey: exchangeRateKeys.all, queryFn: () => api.exchangeRates.get() })
}

export function useUpdateExchangeRates() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (rates: Record<string, string>) => api.exchangeRates.update(rates),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeRateKeys.all }),
  })
}
