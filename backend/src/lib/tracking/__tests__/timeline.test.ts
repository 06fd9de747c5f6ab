import { describe, expect, it } from "vitest"
import { buildTrackingTimeline } from "../timeline"

const umm = { name_ar: "مطبخ أم خليل", name_en: "Umm Khalil's Kitchen" }
const salt = { name_ar: "صابون السلط", name_en: "Salt Soap" }

describe("the tracking timeline", () => {
  it("tells the order's way from placed to delivered, oldest first", () => {
    const timeline = buildTrackingTimeline({
      order: { created_at: "2026-12-01T10:00:00.000Z" },
      consignments: [
        {
          status: "received",
          received_at: "2026-12-03T09:00:00.000Z",
          cancelled_at: null,
          rejected_at: null,
          family: salt,
        },
        {
          status: "received",
          received_at: "2026-12-02T09:00:00.000Z",
          cancelled_at: null,
          rejected_at: null,
          family: umm,
        },
      ],
      shipment: { carrier: "aramex", tracking_number: "AX1", shipped_at: "2026-12-04T08:00:00.000Z" },
      events: [
        {
          status: "delivered",
          description: "Delivered",
          location: "Berlin",
          occurred_at: "2026-12-08T12:00:00.000Z",
        },
        {
          status: "in_transit",
          description: "Left Amman",
          location: "Amman",
          occurred_at: "2026-12-05T12:00:00.000Z",
        },
      ],
    })
    expect(timeline.map((entry) => entry.type)).toEqual([
      "order_placed",
      "consignment_received",
      "consignment_received",
      "shipped",
      "in_transit",
      "delivered",
    ])
    expect(timeline[1]?.family).toEqual(umm)
    expect(timeline[1]?.title).toEqual({
      ar: "وصلت قطع مطبخ أم خليل إلى المركز",
      en: "Umm Khalil's Kitchen's items arrived at the hub",
    })
    expect(timeline[3]).toMatchObject({ carrier: "aramex", tracking_number: "AX1" })
    expect(timeline[3]?.title.en).toBe("Shipped with aramex")
    expect(timeline[5]).toMatchObject({ description: "Delivered", location: "Berlin" })
  })

  it("shows cancelled and rejected consignments alike, and nothing yet to come", () => {
    const timeline = buildTrackingTimeline({
      order: { created_at: "2026-12-01T10:00:00.000Z" },
      consignments: [
        {
          status: "rejected",
          received_at: null,
          cancelled_at: null,
          rejected_at: "2026-12-02T10:00:00.000Z",
          family: umm,
        },
        {
          status: "cancelled",
          received_at: null,
          cancelled_at: "2026-12-06T10:00:00.000Z",
          rejected_at: null,
          family: salt,
        },
        {
          status: "awaiting_dropoff",
          received_at: null,
          cancelled_at: null,
          rejected_at: null,
          family: salt,
        },
      ],
      shipment: null,
      events: [],
    })
    expect(timeline.map((entry) => entry.type)).toEqual([
      "order_placed",
      "consignment_cancelled",
      "consignment_cancelled",
    ])
    expect(JSON.stringify(timeline)).not.toMatch(/reason/)
  })
})
