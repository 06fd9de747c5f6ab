import { useQuery } from "@tanstack/react-query"
import type { ImpactGroup } from "@usra/types"
import { api } from "../../api"

type ImpactQuery = { from: string; to: string; group_by: ImpactGroup }

export const impactKeys = {
  all: ["impact"] as const,
  report: (query: ImpactQuery) => [...impactKeys.all, query] as const,
}

export function useImpact(query: ImpactQuery) {
  return useQuery({ queryKey: impactKeys.report(query), queryFn: () => api.impact.get(query) })
}
