import { describe, expect, it } from "vitest"
import { consignmentTransition, isLive } from "../transitions"

describe("consignment transitions", () => {
  it("lets a waiting consignment be marked ready, received, rejected or cancelled", () => {
    expect(consignmentTransition("awaiting_dropoff", "ready")).toEqual({ ok: true, to: "ready" })
    expect(consignmentTransition("ready", "receive")).toEqual({ ok: true, to: "received" })
    expect(consignmentTransition("ready", "reject")).toEqual({ ok: true, to: "rejected" })
    expect(consignmentTransition("awaiting_dropoff", "cancel")).toEqual({ ok: true, to: "cancelled" })
  })

  it("names the rule when the move is not allowed", () => {
    expect(consignmentTransition("received", "cancel")).toEqual({
      ok: false,
      message: "Only a consignment that is awaiting_dropoff or ready can be cancelled; this one is received",
    })
    expect(consignmentTransition("ready", "ready").ok).toBe(false)
  })

  it("counts cancelled and rejected consignments as no longer going to the buyer", () => {
    expect(["awaiting_dropoff", "ready", "received", "rejected", "cancelled"].filter(isLive)).toEqual([
      "awaiting_dropoff",
      "ready",
      "received",
    ])
  })
})
