import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { refuseSystemPayments } from "../system-payments"

function run(allowed: boolean, body: unknown) {
  let passed: unknown = "not called"
  refuseSystemPayments(() => allowed)({ body } as MedusaRequest, {} as MedusaResponse, (error?: unknown) => {
    passed = error
  })
  return passed
}

describe("refuseSystemPayments", () => {
  it("refuses the system provider where it is not allowed, naming provider_id", () => {
    const error = run(false, { provider_id: "pp_system_default" }) as Error
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toMatch(/^provider_id: "pp_system_default"/)
  })

  it("lets card payments through everywhere and the system provider where allowed", () => {
    expect(run(false, { provider_id: "pp_stripe_stripe" })).toBeUndefined()
    expect(run(true, { provider_id: "pp_system_default" })).toBeUndefined()
    expect(run(false, undefined)).toBeUndefined()
  })
})
