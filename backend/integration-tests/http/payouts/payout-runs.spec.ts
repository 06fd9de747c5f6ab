import { describe, expect, it } from "vitest"
import { bearer } from "../../support/actors"
import { api, asAdmin, withDb } from "../../support/context"
import {
  balanceOf,
  deliveredFamilyOrder,
  finance,
  finishedJob,
  ledgerOf,
  outboxFor,
  payoutsOf,
  releaseNow,
  runPayouts,
  type SellingFamily,
  sellingFamily,
  setBankAccount,
  VALID_IBAN,
} from "../../support/payouts"
import { rawQueue } from "../../support/queue"
import { emulator, stripeClient } from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

/** A family with `orders` released sales of `price` fils each (10% commission kept). */
async function familyWithBalance(label: string, price: number, orders = 1): Promise<SellingFamily> {
  const family = await sellingFamily(label, price)
  for (let i = 0; i < orders; i++) {
    const familyOrder = await deliveredFamilyOrder(family)
    await releaseNow(familyOrder.order_id, family.familyId)
  }
  return family
}

const post = async (path: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  api(path, { method: "POST", headers: headers ?? (await finance()), body })

describe("a payout run over bank/CliQ", () => {
  it("pays families at or over the threshold once, batches them, and reports who has no account", async () => {
    const rich = await familyWithBalance("run-rich", 20_000)
    const poor = await familyWithBalance("run-poor", 10_000)
    const noAccount = await familyWithBalance("run-no-account", 20_000)
    const tricky = await familyWithBalance("run-tricky", 30_000)
    await setBankAccount(rich)
    await setBankAccount(poor, { cliq_alias: "0791234567" })
    await setBankAccount(tricky, { cliq_alias: "umsalem" })
    await withDb((db) =>
      db.query("update payout_account set account_holder_name = $2 where family_id = $1", [
        tricky.familyId,
        '=HYPERLINK("http://evil.example","Salem, \\"the\\" maker")',
      ]),
    )

    const run = await runPayouts(10_000)
    expect(run.status).toBe("completed")
    expect(run.skipped_family_ids).toContain(noAccount.familyId)
    const [richPayout] = await payoutsOf(rich.familyId)
    expect(richPayout).toMatchObject({ amount: 18_000, status: "pending", rail: "bank_cliq", run_id: run.id })
    expect(await payoutsOf(poor.familyId)).toEqual([]) // 9.000 JOD is under the threshold
    expect(await payoutsOf(noAccount.familyId)).toEqual([])
    expect(await balanceOf(rich.familyId)).toBe(0)
    expect((await ledgerOf(rich.familyId)).at(-1)).toMatchObject({
      kind: "payout",
      amount: -18_000,
      reference: richPayout?.id,
    })
    expect(await balanceOf(poor.familyId)).toBe(9_000)

    // The same run's job again pays nobody twice.
    const queue = rawQueue("payouts")
    try {
      await queue.add("run-payouts", { run_id: run.id }, { jobId: `payout-run-${run.id}-again` })
      await finishedJob(queue, `payout-run-${run.id}-again`)
    } finally {
      await queue.close()
    }
    expect(await payoutsOf(rich.familyId)).toHaveLength(1)
    // A second run skips a family whose payout is not resolved yet.
    const second = await runPayouts(1_000)
    expect((await payoutsOf(rich.familyId)).map((payout) => payout.run_id)).toEqual([run.id])
    expect((await payoutsOf(poor.familyId))[0]).toMatchObject({ run_id: second.id, amount: 9_000 })

    // The batch: full IBAN and alias for finance; a file only once approved; four eyes on approval.
    const batchId = richPayout?.batch_id as string
    const batch = await api(`/admin/payout-batches/${batchId}`, { headers: await finance() })
    expect(batch.status).toBe(200)
    expect(batch.body.payout_batch).toMatchObject({ status: "pending_approval", run_id: run.id })
    const inBatch = (
      batch.body.payout_batch as { payouts: { id: string; destination: Record<string, string> }[] }
    ).payouts
    expect(inBatch.find((payout) => payout.id === richPayout?.id)?.destination.iban).toBe(VALID_IBAN)
    const trickyPayout = (await payoutsOf(tricky.familyId))[0]
    expect(inBatch.find((payout) => payout.id === trickyPayout?.id)?.destination.cliq_alias).toBe("UMSALEM")
    const listed = await api("/admin/payout-batches?status=pending_approval", { headers: await finance() })
    expect((listed.body.payout_batches as { id: string }[]).map((row) => row.id)).toContain(batchId)

    expect((await api(`/admin/payout-batches/${batchId}/file`, { headers: await finance() })).status).toBe(
      409,
    )
    const ownApproval = await post(`/admin/payout-batches/${batchId}/approve`, {})
    expect(ownApproval.status).toBe(409)
    expect(String(ownApproval.body.message)).toMatch(/another finance user/)
    const approved = await post(`/admin/payout-batches/${batchId}/approve`, {}, asAdmin())
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.payout_batch).toMatchObject({ status: "approved" })
    expect((await post(`/admin/payout-batches/${batchId}/approve`, {}, asAdmin())).status).toBe(409)

    const file = await fetch(
      `${(await import("vitest")).inject("baseUrl")}/admin/payout-batches/${batchId}/file`,
      {
        headers: await finance(),
      },
    )
    expect(file.status).toBe(200)
    expect(file.headers.get("content-type")).toMatch(/text\/csv/)
    const csv = await file.text()
    const lines = csv.trim().split("\r\n")
    expect(lines[0]).toBe("beneficiary_type,beneficiary_account,beneficiary_name,amount,currency,reference")
    expect(lines).toContain(`IBAN,${VALID_IBAN},Umm Salem Haddad,18.000,JOD,${richPayout?.id}`)
    const trickyLine = lines.find((line) => line.endsWith(trickyPayout?.id as string))
    expect(trickyLine).toBe(
      `CLIQ,UMSALEM,"'=HYPERLINK(""http://evil.example"",""Salem, \\""the\\"" maker"")",27.000,JOD,${trickyPayout?.id}`,
    )

    const noReference = await post(`/admin/payout-batches/${batchId}/mark-paid`, {})
    expect(noReference.status).toBe(400)
    expect(String(noReference.body.message)).toMatch(/bank_reference/)
    const paid = await post(`/admin/payout-batches/${batchId}/mark-paid`, {
      bank_reference: "JOBANK-2026-0001",
    })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    expect(paid.body.payout_batch).toMatchObject({ status: "paid", bank_reference: "JOBANK-2026-0001" })
    expect((await payoutsOf(rich.familyId))[0]).toMatchObject({
      status: "paid",
      bank_reference: "JOBANK-2026-0001",
    })
    const told = await waitFor(async () => (await outboxFor("payout_paid", rich.email))[0], {
      what: "the payout_paid message",
    })
    expect(told.params).toMatchObject({ reference: richPayout?.id })
    const mine = await api("/seller/payouts", { headers: bearer(rich.token) })
    expect(mine.body.payouts).toEqual([
      expect.objectContaining({ id: richPayout?.id, status: "paid", amount: 18_000 }),
    ])
  })

  it("a failed bank payout gives the money back to the balance and tells the family", async () => {
    const family = await familyWithBalance("run-fail", 20_000)
    await setBankAccount(family)
    await runPayouts(10_000)
    const [payout] = await payoutsOf(family.familyId)
    expect(await balanceOf(family.familyId)).toBe(0)

    const noReason = await post(`/admin/payouts/${payout?.id}/fail`, {})
    expect(noReason.status).toBe(400)
    expect(String(noReason.body.message)).toMatch(/reason/)
    const failed = await post(`/admin/payouts/${payout?.id}/fail`, {
      reason: "The bank says the IBAN is closed",
    })
    expect(failed.status, JSON.stringify(failed.body)).toBe(200)
    expect(failed.body.payout).toMatchObject({
      status: "failed",
      failure_reason: "The bank says the IBAN is closed",
    })
    expect(await balanceOf(family.familyId)).toBe(18_000)
    expect((await ledgerOf(family.familyId)).at(-1)).toMatchObject({
      kind: "adjustment",
      amount: 18_000,
      reference: payout?.id,
    })
    expect((await post(`/admin/payouts/${payout?.id}/fail`, { reason: "Again" })).status).toBe(409)
    expect((await post(`/admin/payouts/${payout?.id}/cancel`, { reason: "Wrong rail" })).status).toBe(409)
    expect((await post("/admin/payouts/pay_unknown/fail", { reason: "Unknown" })).status).toBe(404)
    await waitFor(async () => (await outboxFor("payout_failed", family.email))[0], {
      what: "the payout_failed message",
    })
    // The batch no longer counts it, and the next run pays the family again.
    const batch = await api(`/admin/payout-batches/${payout?.batch_id}`, { headers: await finance() })
    expect(
      (batch.body.payout_batch as { payouts: { id: string; status: string }[] }).payouts.find(
        (row) => row.id === payout?.id,
      )?.status,
    ).toBe("failed")
    await runPayouts(10_000)
    expect((await payoutsOf(family.familyId)).map((row) => `${row.status} ${row.amount}`)).toEqual([
      "failed 18000",
      "pending 18000",
    ])
  })
})

describe("the scheduled payout run", () => {
  it("is a BullMQ job scheduler on PAYOUT_SCHEDULE in PAYOUT_TIMEZONE, and a tick claims one run", async () => {
    const queue = rawQueue("payouts")
    try {
      const schedulers = await queue.getJobSchedulers()
      expect(schedulers).toContainEqual(
        expect.objectContaining({ key: "payout-run-schedule", pattern: "0 6 * * 0", tz: "Asia/Amman" }),
      )
      // A tick of the scheduler (no run id), delivered again after it left Redis: the same run, one payout.
      const family = await familyWithBalance("run-scheduled", 20_000)
      await setBankAccount(family)
      await queue.add("run-payouts", {}, { jobId: "repeat-test-tick" })
      await finishedJob(queue, "repeat-test-tick")
      await (await queue.getJob("repeat-test-tick"))?.remove()
      await queue.add("run-payouts", {}, { jobId: "repeat-test-tick" })
      await finishedJob(queue, "repeat-test-tick")
      const payouts = await payoutsOf(family.familyId)
      expect(payouts).toHaveLength(1)
      const runs = await api("/admin/payout-runs?limit=100", { headers: await finance() })
      const ticks = (runs.body.payout_runs as { id: string; key: string }[]).filter(
        (run) => run.key === "scheduled-repeat-test-tick",
      )
      expect(ticks).toEqual([
        expect.objectContaining({ id: payouts[0]?.run_id, trigger: "scheduled", status: "completed" }),
      ])
    } finally {
      await queue.close()
    }
  })
})

describe("a payout run over Stripe Connect", () => {
  it("onboards, transfers once with the payout id as idempotency key, and reverses on cancel", async () => {
    const family = await familyWithBalance("run-stripe", 20_000)
    const onboarding = await api("/seller/payout-account/stripe-onboarding", {
      method: "POST",
      headers: bearer(family.token),
      body: {},
    })
    expect(onboarding.status, JSON.stringify(onboarding.body)).toBe(200)
    const link = onboarding.body.account_link as { url: string; expires_at: string }
    expect(link.url).toMatch(/\/_emulator\/account_links\//)
    expect(onboarding.body.payout_account).toMatchObject({ rail: "stripe_connect", stripe_connected: true })
    const [{ stripe_account_id: accountId }] = (
      await withDb((db) =>
        db.query("select stripe_account_id from payout_account where family_id = $1", [family.familyId]),
      )
    ).rows
    // Onboarding again reuses the same connected account.
    await api("/seller/payout-account/stripe-onboarding", {
      method: "POST",
      headers: bearer(family.token),
      body: {},
    })
    const [{ stripe_account_id: again }] = (
      await withDb((db) =>
        db.query("select stripe_account_id from payout_account where family_id = $1", [family.familyId]),
      )
    ).rows
    expect(again).toBe(accountId)

    // Not onboarded yet: skipped and reported.
    const early = await runPayouts(10_000)
    expect(early.skipped_family_ids).toContain(family.familyId)
    expect(await payoutsOf(family.familyId)).toEqual([])

    expect((await emulator(`/_emulator/accounts/${accountId}/onboard`, { body: {} })).status).toBe(200)
    const account = await api("/seller/payout-account", { headers: bearer(family.token) })
    expect(account.body.payout_account).toMatchObject({ onboarding_status: "complete" })

    await runPayouts(10_000)
    const payout = await waitFor(
      async () => {
        const [row] = await payoutsOf(family.familyId)
        return row?.status === "paid" ? row : undefined
      },
      { what: "the Stripe transfer" },
    )
    expect(payout).toMatchObject({ amount: 18_000, rail: "stripe_connect" })
    const stripe = stripeClient()
    const transfer = await stripe.transfers.retrieve(payout.stripe_transfer_id as string)
    expect(transfer).toMatchObject({
      amount: 18_000,
      currency: "jod",
      destination: accountId,
      metadata: { payout_id: payout.id, family_id: family.familyId },
    })
    // The payout id is the idempotency key: the same request under it is a replay, not a second transfer.
    const replay = await stripe.transfers.create(
      {
        amount: 18_000,
        currency: "jod",
        destination: accountId,
        transfer_group: payout.run_id,
        metadata: { payout_id: payout.id, family_id: family.familyId },
      },
      { idempotencyKey: payout.id },
    )
    expect(replay.id).toBe(transfer.id)
    // The send job again, after it left Redis: still one transfer.
    const queue = rawQueue("payouts")
    try {
      await (await queue.getJob(`payout-send-${payout.id}`))?.remove()
      await queue.add("send-transfer", { payout_id: payout.id }, { jobId: `payout-send-${payout.id}` })
      await finishedJob(queue, `payout-send-${payout.id}`)
    } finally {
      await queue.close()
    }
    expect((await stripe.transfers.list({ destination: accountId })).data).toHaveLength(1)
    await waitFor(async () => (await outboxFor("payout_paid", family.email))[0], { what: "payout_paid" })

    // Cancel: the transfer is reversed and the money is back in the balance.
    expect((await post(`/admin/payouts/${payout.id}/cancel`, {})).status).toBe(400)
    expect((await post(`/admin/payouts/${payout.id}/fail`, { reason: "Wrong rail" })).status).toBe(409)
    const cancelled = await post(`/admin/payouts/${payout.id}/cancel`, { reason: "Paid to the wrong family" })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.payout).toMatchObject({ status: "cancelled" })
    const reversed = await stripe.transfers.retrieve(payout.stripe_transfer_id as string)
    expect(reversed).toMatchObject({ amount_reversed: 18_000, reversed: true })
    expect((await payoutsOf(family.familyId))[0]?.stripe_reversal_id).toMatch(/^trr_/)
    expect(await balanceOf(family.familyId)).toBe(18_000)
    expect((await post(`/admin/payouts/${payout.id}/cancel`, { reason: "Again" })).status).toBe(409)
  })
})
