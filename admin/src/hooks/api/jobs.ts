import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../../api"
import { todayKeys } from "./today"

type Paging = { limit: number; offset: number }

export const jobKeys = {
  all: ["jobs"] as const,
  failed: (paging: Paging) => [...jobKeys.all, "failed", paging] as const,
}

export function useFailedJobs(paging: Paging) {
  return useQuery({ queryKey: jobKeys.failed(paging), queryFn: () => api.jobs.failed(paging) })
}

export function useRetryJob() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.jobs.retry(id),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: jobKeys.all }),
        client.invalidateQueries({ queryKey: todayKeys.all }),
      ]),
  })
}
