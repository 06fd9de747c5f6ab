// Connect transfers to connected accounts, and their reversals (partial or full). No balance is kept.
import type Stripe from "stripe"
import { invalidRequest, resourceMissing } from "../errors"
import { previousAttributes } from "../events"
import { newId, nowSeconds } from "../ids"
import { paginate } from "../list"
import { getTransfer } from "../lookup"
import { formatAmount, readCurrency } from "../money"
import { applyMetadata, optInt, optString, reqInt, reqString } from "../params"
import { type Core, type Origin, route } from "../router"

export interface TransferInput {
  amount: number
  currency: string
  destination: string
  description?: string | null
  source_transaction?: string | null
  transfer_group?: string | null
  metadata: Record<string, string>
}

export function createTransfer(core: Core, input: TransferInput, origin: Origin | null): Stripe.Transfer {
  const account = core.store.accounts.get(input.destination)
  if (!account) throw resourceMissing("destination", input.destination, "destination")
  if (core.settings.enforceTransferCapability && account.capabilities?.transfers !== "active") {
    throw invalidRequest(
      "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
      { code: "insufficient_capabilities_for_transfer", param: "destination" },
    )
  }
  const id = newId("tr")
  const transfer: Stripe.Transfer = {
    id,
    object: "transfer",
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: newId("txn"),
    created: nowSeconds(),
    currency: input.currency,
    description: input.description ?? null,
    destination: account.id,
    destination_payment: newId("py"),
    livemode: false,
    metadata: input.metadata,
    reversals: { object: "list", data: [], has_more: false, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: input.source_transaction ?? null,
    source_type: "card",
    transfer_group: input.transfer_group ?? null,
  }
  core.store.transfers.set(id, transfer)
  core.events.emit("transfer.created", transfer, origin)
  return transfer
}

function reverse(core: Core, transfer: Stripe.Transfer, params: Record<string, unknown>, origin: Origin) {
  const remaining = transfer.amount - transfer.amount_reversed
  if (remaining <= 0) throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`)
  const amount = optInt(params, "amount", { min: 1 }) ?? remaining
  if (amount > remaining) {
    throw invalidRequest(
      `Reversal amount (${formatAmount(amount, transfer.currency)}) is greater than the amount that can be reversed on this transfer (${formatAmount(remaining, transfer.currency)}).`,
      { param: "amount" },
    )
  }
  const reversal: Stripe.TransferReversal = {
    id: newId("trr"),
    object: "transfer_reversal",
    amount,
    balance_transaction: newId("txn"),
    created: nowSeconds(),
    currency: transfer.currency,
    destination_payment_refund: newId("pyr"),
    metadata: applyMetadata({}, params),
    source_refund: null,
    transfer: transfer.id,
  }
  core.store.reversals.set(reversal.id, reversal)
  transfer.amount_reversed += amount
  transfer.reversed = transfer.amount_reversed >= transfer.amount
  const reversals = [...core.store.reversals.values()].filter((r) => r.transfer === transfer.id).reverse()
  transfer.reversals = {
    ...transfer.reversals,
    data: reversals.slice(0, 10),
    has_more: reversals.length > 10,
  }
  core.events.emit("transfer.reversed", transfer, origin)
  return reversal
}

function getReversal(core: Core, transferId: string, id: string): Stripe.TransferReversal {
  const reversal = core.store.reversals.get(id)
  if (!reversal || reversal.transfer !== transferId) throw resourceMissing("transfer_reversal", id)
  return reversal
}

export const transferRoutes = [
  route("POST", "/v1/transfers", (req, core) =>
    createTransfer(
      core,
      {
        amount: reqInt(req.params, "amount", { min: 1 }),
        currency: readCurrency(reqString(req.params, "currency")),
        destination: reqString(req.params, "destination"),
        description: optString(req.params, "description") ?? null,
        source_transaction: optString(req.params, "source_transaction") ?? null,
        transfer_group: optString(req.params, "transfer_group") ?? null,
        metadata: applyMetadata({}, req.params),
      },
      req,
    ),
  ),
  route("GET", "/v1/transfers/:id", (req, core) => getTransfer(core.store, req.pathParams.id ?? "")),
  route("POST", "/v1/transfers/:id", (req, core) => {
    const transfer = getTransfer(core.store, req.pathParams.id ?? "")
    const before = structuredClone(transfer)
    const description = optString(req.params, "description")
    if (description !== undefined) transfer.description = description || null
    transfer.metadata = applyMetadata(transfer.metadata, req.params)
    const previous = previousAttributes(before, transfer)
    if (Object.keys(previous).length > 0) core.events.emit("transfer.updated", transfer, req, { previous })
    return transfer
  }),
  route("GET", "/v1/transfers", (req, core) => {
    const destination = optString(req.params, "destination")
    const group = optString(req.params, "transfer_group")
    const items = [...core.store.transfers.values()].filter(
      (t) => (!destination || t.destination === destination) && (!group || t.transfer_group === group),
    )
    return paginate(items, req.params, "/v1/transfers")
  }),
  route("POST", "/v1/transfers/:id/reversals", (req, core) =>
    reverse(core, getTransfer(core.store, req.pathParams.id ?? ""), req.params, req),
  ),
  route("GET", "/v1/transfers/:id/reversals", (req, core) => {
    const transfer = getTransfer(core.store, req.pathParams.id ?? "")
    const items = [...core.store.reversals.values()].filter((r) => r.transfer === transfer.id)
    return paginate(items, req.params, `/v1/transfers/${transfer.id}/reversals`)
  }),
  route("GET", "/v1/transfers/:id/reversals/:reversal", (req, core) =>
    getReversal(core, req.pathParams.id ?? "", req.pathParams.reversal ?? ""),
  ),
  route("POST", "/v1/transfers/:id/reversals/:reversal", (req, core) => {
    const reversal = getReversal(core, req.pathParams.id ?? "", req.pathParams.reversal ?? "")
    reversal.metadata = applyMetadata(reversal.metadata ?? {}, req.params)
    return reversal
  }),
]
