import { useQuery } from "@tanstack/react-query"
import { api } from "../../api"

export const todayKeys = { all: ["today"] as const }

export function useToday() {
  return useQuery({ queryKey: todayKeys.all, queryFn: () => api.today(), refetchInterval: 60_000 })
}
