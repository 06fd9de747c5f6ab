import { useQuery } from "@tanstack/react-query"
import type { AdminAuditQuery } from "@usra/types"
import { api } from "../../api"

export const auditKeys = {
  all: ["audit"] as const,
  list: (query: AdminAuditQuery) => [...auditKeys.all, query] as const,
}

export function useAuditLog(query: AdminAuditQuery) {
  return useQuery({ queryKey: auditKeys.list(query), queryFn: () => api.audit.list(query) })
}
