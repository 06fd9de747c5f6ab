import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ListingQueueStatus } from "@usra/types"
import { api } from "../../api"
import { todayKeys } from "./today"

type ListingQuery = { status: ListingQueueStatus; limit: number; offset: number }

export const listingKeys = {
  all: ["listings"] as const,
  lists: () => [...listingKeys.all, "list"] as const,
  list: (query: ListingQuery) => [...listingKeys.lists(), query] as const,
}

export function useListings(query: ListingQuery) {
  return useQuery({ queryKey: listingKeys.list(query), queryFn: () => api.listings.list(query) })
}

export function useModerateListing() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      decision,
      reason,
    }: {
      id: string
      decision: "approve" | "request-changes"
      reason?: string
    }) => (decision === "approve" ? api.listings.approve(id) : api.listings.requestChanges(id, reason ?? "")),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: listingKeys.lists() }),
        client.invalidateQueries({ queryKey: todayKeys.all }),
      ])
    },
  })
}
