import { useQuery } from "@tanstack/react-query"
import { api } from "../../api"

export const categoryKeys = { all: ["categories"] as const }

/** Medusa's product categories, for commission rules; they change rarely. */
export function useCategories() {
  return useQuery({ queryKey: categoryKeys.all, queryFn: () => api.categories.list(), staleTime: 600_000 })
}
