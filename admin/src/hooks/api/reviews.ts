import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../../api"

export type ReviewQuery = {
  status?: "published" | "hidden"
  rating?: number
  product_id?: string
  family_id?: string
  limit: number
  offset: number
}

export const reviewKeys = {
  all: ["reviews"] as const,
  lists: () => [...reviewKeys.all, "list"] as const,
  list: (query: ReviewQuery) => [...reviewKeys.lists(), query] as const,
}

export function useReviews(query: ReviewQuery) {
  return useQuery({ queryKey: reviewKeys.list(query), queryFn: () => api.reviews.list(query) })
}

/** Hides a review (`hide`) or shows a hidden one again (`show`), with the reviewer's reason. */
export function useReviewVisibility(change: "hide" | "show") {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.reviews[change](id, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewKeys.lists() }),
  })
}
