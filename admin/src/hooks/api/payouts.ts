import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { PayoutBatchStatus, PayoutStatus } from "@usra/types"
import { api } from "../../api"
import { todayKeys } from "./today"

type Paging = { limit: number; offset: number }

export const payoutKeys = {
  all: ["payouts"] as const,
  balances: (paging: Paging) => [...payoutKeys.all, "balances", paging] as const,
  preview: (threshold?: number) => [...payoutKeys.all, "preview", threshold ?? null] as const,
  runs: () => [...payoutKeys.all, "runs"] as const,
  batchLists: () => [...payoutKeys.all, "batches"] as const,
  batches: (status: PayoutBatchStatus | undefined, paging: Paging) =>
    [...payoutKeys.batchLists(), status ?? "all", paging] as const,
  batch: (id: string) => [...payoutKeys.all, "batch", id] as const,
  payoutLists: () => [...payoutKeys.all, "payouts"] as const,
  payouts: (status: PayoutStatus | undefined, paging: Paging) =>
    [...payoutKeys.payoutLists(), status ?? "all", paging] as const,
}

export function useBalances(paging: Paging) {
  return useQuery({ queryKey: payoutKeys.balances(paging), queryFn: () => api.payouts.balances(paging) })
}

export function usePayoutPreview(threshold?: number) {
  return useQuery({ queryKey: payoutKeys.preview(threshold), queryFn: () => api.payouts.preview(threshold) })
}

export function usePayoutRuns() {
  return useQuery({ queryKey: payoutKeys.runs(), queryFn: () => api.payouts.runs({ limit: 5 }) })
}

export function usePayoutBatches(status: PayoutBatchStatus | undefined, paging: Paging) {
  return useQuery({
    queryKey: payoutKeys.batches(status, paging),
    queryFn: () => api.payouts.batches({ status, ...paging }),
  })
}

export function usePayoutBatch(id: string | undefined) {
  return useQuery({
    queryKey: payoutKeys.batch(id ?? ""),
    queryFn: () => api.payouts.batch(id as string),
    enabled: Boolean(id),
  })
}

export function usePayouts(status: PayoutStatus | undefined, paging: Paging) {
  return useQuery({
    queryKey: payoutKeys.payouts(status, paging),
    queryFn: () => api.payouts.list({ status, ...paging }),
  })
}

function useInvalidateMoney() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: payoutKeys.all }),
      client.invalidateQueries({ queryKey: todayKeys.all }),
    ])
}

export function useStartPayoutRun() {
  const invalidate = useInvalidateMoney()
  return useMutation({
    mutationFn: (threshold?: number) => api.payouts.startRun(threshold),
    onSuccess: invalidate,
  })
}

export function useBatchAction() {
  const invalidate = useInvalidateMoney()
  return useMutation({
    mutationFn: ({
      id,
      action,
      bankReference,
    }: {
      id: string
      action: "approve" | "mark-paid"
      bankReference?: string
    }) =>
      action === "approve"
        ? api.payouts.approveBatch(id)
        : api.payouts.markBatchPaid(id, bankReference ?? ""),
    onSuccess: invalidate,
  })
}

export function useFailPayout() {
  const invalidate = useInvalidateMoney()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.payouts.fail(id, reason),
    onSuccess: invalidate,
  })
}
