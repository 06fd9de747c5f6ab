import { describe } from "vitest"
import { buyerToPayoutStory } from "../support/buyer-to-payout-story"

describe("from a buyer's card to the families' bank accounts (one server and its workers)", () => {
  buyerToPayoutStory()
})
