import { describe, expect, it } from "vitest"
import { CarrierPayloadError, CarrierSignatureError } from "../carrier"
import { manualCarrier } from "../manual"
import { signCarrierPayload, verifyCarrierSignature } from "../signature"

const secret = "carrier-secret"
const body = JSON.stringify({
  id: "evt_1",
  tracking_number: "AX1",
  status: "delivered",
  description: "Delivered to the front door",
  occurred_at: "2026-12-05T10:00:00Z",
})

describe("carrier webhook signatures", () => {
  it("accept the body they sign, within five minutes", () => {
    const now = Date.now()
    const header = signCarrierPayload(body, secret, Math.floor(now / 1000) - 60)
    expect(() => verifyCarrierSignature(body, header, secret, now)).not.toThrow()
    expect(() => verifyCarrierSignature(Buffer.from(body), header, secret, now)).not.toThrow()
  })

  it("refuse another body, another secret, an old signature, a missing or malformed header, or no secret", () => {
    const header = signCarrierPayload(body, secret)
    const refused = (fn: () => void) => expect(fn).toThrow(CarrierSignatureError)
    refused(() => verifyCarrierSignature(`${body} `, header, secret))
    refused(() => verifyCarrierSignature(body, header, "another-secret"))
    refused(() => verifyCarrierSignature(body, signCarrierPayload(body, secret, 1_000), secret))
    refused(() => verifyCarrierSignature(body, undefined, secret))
    refused(() => verifyCarrierSignature(body, "v1=abc", secret))
    refused(() => verifyCarrierSignature(body, header, undefined))
  })
})

describe("the manual carrier's tracking format", () => {
  it("reads one signed update", () => {
    expect(manualCarrier.parseWebhook(body)).toEqual([
      {
        external_id: "evt_1",
        tracking_number: "AX1",
        status: "delivered",
        description: "Delivered to the front door",
        location: null,
        occurred_at: new Date("2026-12-05T10:00:00Z"),
      },
    ])
  })

  it("names the field that is wrong", () => {
    expect(() => manualCarrier.parseWebhook("not json")).toThrow(CarrierPayloadError)
    expect(() => manualCarrier.parseWebhook(JSON.stringify({ ...JSON.parse(body), status: "lost" }))).toThrow(
      /^status: /,
    )
  })
})
