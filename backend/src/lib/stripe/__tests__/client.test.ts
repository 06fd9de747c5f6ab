import { createStripeEmulator, type StripeEmulator } from "@usra/stripe-emulator"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { createStripeClient } from "../client"

describe("createStripeClient's retry log", () => {
  let emulator: StripeEmulator
  let apiHost: string
  const warnings: string[] = []
  const client = () =>
    createStripeClient(
      { apiKey: "sk_test_emulator", apiHost, maxNetworkRetries: 2 },
      {
        warn: (line: string) => void warnings.push(line),
      },
    )

  beforeAll(async () => {
    emulator = createStripeEmulator({})
    apiHost = (await emulator.listen(0)).url
  })
  afterAll(() => emulator.close())
  beforeEach(() => {
    warnings.length = 0
  })

  it("logs a request the SDK sends again under its idempotency key", async () => {
    await fetch(`${apiHost}/_emulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "/v1/customers", method: "POST", status: 500, count: 1 }),
    })
    const customer = await client().customers.create(
      { email: "retry@example.com" },
      { idempotencyKey: "retry-1" },
    )
    expect(customer.id).toMatch(/^cus_/)
    expect(warnings).toEqual(["Stripe: retrying POST /v1/customers with idempotency key retry-1"])
  })

  it("does not take two reads of the same object at once for a retry", async () => {
    const stripe = client()
    const { id } = await stripe.customers.create({ email: "reads@example.com" })
    await Promise.all([
      stripe.customers.retrieve(id),
      stripe.customers.retrieve(id),
      stripe.customers.retrieve(id),
    ])
    expect(warnings).toEqual([])
  })
})
