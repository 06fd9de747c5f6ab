import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminFamily, AdminFamilyQuery } from "@usra/types"
import { api } from "../../api"
import { type Decision, stepsFor } from "../../lib/family-decisions"
import { todayKeys } from "./today"

export const familyKeys = {
  all: ["families"] as const,
  lists: () => [...familyKeys.all, "list"] as const,
  list: (query: AdminFamilyQuery) => [...familyKeys.lists(), query] as const,
  details: () => [...familyKeys.all, "detail"] as const,
  detail: (id: string) => [...familyKeys.details(), id] as const,
}

export function useFamilies(query: AdminFamilyQuery) {
  return useQuery({ queryKey: familyKeys.list(query), queryFn: () => api.families.list(query) })
}

export function useFamily(id: string | undefined) {
  return useQuery({
    queryKey: familyKeys.detail(id ?? ""),
    queryFn: () => api.families.get(id as string),
    enabled: Boolean(id),
  })
}

/** A decision on a family: its API calls in order (the review is started first when only submitted). */
export function useFamilyDecision(family: AdminFamily | undefined) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({ decision, reason }: { decision: Decision; reason?: string }) => {
      if (!family) throw new Error("no family")
      let result = family
      for (const step of stepsFor(family.status, decision)) {
        result = await api.families.transition(
          family.id,
          step,
          step === decision ? reason || undefined : undefined,
        )
      }
      return result
    },
    onSuccess: async () => {
      if (!family) return
      await Promise.all([
        client.invalidateQueries({ queryKey: familyKeys.lists() }),
        client.invalidateQueries({ queryKey: familyKeys.detail(family.id) }),
        client.invalidateQueries({ queryKey: todayKeys.all }),
      ])
    },
  })
}
