import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ConsignmentStatus } from "@usra/types"
import { api } from "../../api"
import { todayKeys } from "./today"

type ConsignmentQuery = { status?: ConsignmentStatus; hub?: string; limit?: number; offset?: number }

export const consignmentKeys = {
  all: ["consignments"] as const,
  lists: () => [...consignmentKeys.all, "list"] as const,
  list: (query: ConsignmentQuery) => [...consignmentKeys.lists(), query] as const,
  byCode: (code: string) => [...consignmentKeys.all, "code", code] as const,
  details: () => [...consignmentKeys.all, "detail"] as const,
  detail: (id: string) => [...consignmentKeys.details(), id] as const,
}

export function useConsignments(query: ConsignmentQuery) {
  return useQuery({ queryKey: consignmentKeys.list(query), queryFn: () => api.consignments.list(query) })
}

/** The consignment with this (normalised) code; null when none has it. */
export function useConsignmentByCode(code: string | null) {
  return useQuery({
    queryKey: consignmentKeys.byCode(code ?? ""),
    queryFn: () => api.consignments.byCode(code as string),
    enabled: Boolean(code),
  })
}

export function useConsignmentDecision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      decision,
      items,
      reason,
    }: {
      id: string
      decision: "receive" | "reject"
      items?: string[]
      reason?: string
    }) =>
      decision === "receive"
        ? api.consignments.receive(id, items)
        : api.consignments.reject(id, reason ?? ""),
    onSuccess: async (consignment) => {
      client.setQueryData(consignmentKeys.byCode(consignment.code), consignment)
      await Promise.all([
        client.invalidateQueries({ queryKey: consignmentKeys.lists() }),
        client.invalidateQueries({ queryKey: consignmentKeys.detail(consignment.id) }),
        client.invalidateQueries({ queryKey: todayKeys.all }),
      ])
    },
  })
}
