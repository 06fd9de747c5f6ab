import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../../api"

export const commissionKeys = { all: ["commission-rules"] as const }

export function useCommissionRules() {
  return useQuery({
    queryKey: commissionKeys.all,
    queryFn: () => api.commissionRules.list({ active: true, limit: 100 }),
  })
}

export function useSetCommissionRule() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ categoryId, rateBps }: { categoryId: string | null; rateBps: number }) =>
      api.commissionRules.create(categoryId, rateBps),
    onSuccess: () => client.invalidateQueries({ queryKey: commissionKeys.all }),
  })
}
