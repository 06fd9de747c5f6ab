import { useQuery } from "@tanstack/react-query"
import { api } from "../../api"

type OrderQuery = { q?: string; limit: number; offset: number }

export const orderKeys = {
  all: ["orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (query: OrderQuery) => [...orderKeys.lists(), query] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
}

export function useOrders(query: OrderQuery) {
  return useQuery({ queryKey: orderKeys.list(query), queryFn: () => api.orders.list(query) })
}

export function useOrderOverview(id: string | undefined) {
  return useQuery({
    queryKey: orderKeys.detail(id ?? ""),
    queryFn: () => api.orders.overview(id as string),
    enabled: Boolean(id),
  })
}
