import { csvDocument, filsToDinars } from "../../../lib/payouts/csv"

type FilePayout = { id: string; amount: number; status: string; destination: unknown }

export const TRANSFER_FILE_HEADER = [
  "beneficiary_type",
  "beneficiary_account",
  "beneficiary_name",
  "amount",
  "currency",
  "reference",
]

/**
 * The bank/CliQ transfer file: one line per payout still going out (failed and cancelled ones are left out), the
 * IBAN or else the CliQ alias, the holder's name, the amount in JOD with 3 decimals, and the payout id as the
 * reference the bank statement will show.
 */
export function transferFile(payouts: FilePayout[]): string {
  const rows = payouts
    .filter((payout) => payout.status === "approved" || payout.status === "paid")
    .map((payout) => {
      const to = payout.destination as { iban?: string; cliq_alias?: string; account_holder_name?: string }
      return [
        to.iban ? "IBAN" : "CLIQ",
        to.iban ?? to.cliq_alias ?? "",
        to.account_holder_name ?? "",
        filsToDinars(payout.amount),
        "JOD",
        payout.id,
      ]
    })
  return csvDocument(TRANSFER_FILE_HEADER, rows)
}
