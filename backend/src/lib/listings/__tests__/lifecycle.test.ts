import { describe, expect, it } from "vitest"
import {
  assertListingTransition,
  listingStatusAfterEdit,
  listingStatusOf,
  medusaStatusFor,
} from "../lifecycle"

describe("listing lifecycle", () => {
  it("goes draft -> pending_review -> published | changes_requested -> pending_review", () => {
    expect(assertListingTransition("submit", "draft")).toBe("pending_review")
    expect(assertListingTransition("approve", "pending_review")).toBe("published")
    expect(assertListingTransition("request_changes", "pending_review")).toBe("changes_requested")
    expect(assertListingTransition("submit", "changes_requested")).toBe("pending_review")
  })

  it("refuses other moves with a 409 naming the current status", () => {
    expect(() => assertListingTransition("approve", "draft")).toThrow(/status is "draft"/)
    expect(() => assertListingTransition("submit", "published")).toThrow(/"published"/)
    expect(() => assertListingTransition("request_changes", "changes_requested")).toThrow(
      /only a listing that is "pending_review"/,
    )
  })

  it("publishes in Medusa only a published listing of an approved family", () => {
    expect(medusaStatusFor("published", "approved")).toBe("published")
    for (const family of [
      "suspended",
      "draft",
      "submitted",
      "under_review",
      "rejected",
      "changes_requested",
    ]) {
      expect(medusaStatusFor("published", family)).toBe("draft")
    }
    expect(medusaStatusFor("draft", "approved")).toBe("draft")
    expect(medusaStatusFor("pending_review", "approved")).toBe("proposed")
    expect(medusaStatusFor("changes_requested", "approved")).toBe("rejected")
  })

  it("reads the stored status, else derives it from Medusa's", () => {
    expect(listingStatusOf({ status: "draft", metadata: { listing_status: "published" } })).toBe("published")
    expect(listingStatusOf({ status: "published", metadata: {} })).toBe("published")
    expect(listingStatusOf({ status: "proposed", metadata: null })).toBe("pending_review")
    expect(listingStatusOf({ status: "draft", metadata: { listing_status: "bogus" } })).toBe("draft")
  })

  it("sends a published listing back to review for content edits only", () => {
    expect(listingStatusAfterEdit("published", ["title_en"])).toBe("pending_review")
    expect(listingStatusAfterEdit("published", ["images"])).toBe("pending_review")
    expect(listingStatusAfterEdit("published", ["price_jod_fils", "stock", "weight_grams"])).toBe("published")
    expect(listingStatusAfterEdit("draft", ["title_en"])).toBe("draft")
    expect(listingStatusAfterEdit("changes_requested", ["title_en"])).toBe("changes_requested")
  })
})
