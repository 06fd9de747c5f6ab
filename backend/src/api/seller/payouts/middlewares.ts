import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { SellerEmptyBody, SellerSetPayoutAccount } from "../payout-account/validators"
import { SellerLedgerQuery, SellerPayoutsQuery } from "./validators"

const seller = authenticate("seller", ["bearer", "session"])

/** The family's money: balance, payouts, ledger lines and where it is paid. Only ever the caller's family. */
export const sellerPayoutMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/balance", middlewares: [seller] },
  { matcher: "/seller/payouts*", middlewares: [seller] },
  { matcher: "/seller/ledger*", middlewares: [seller] },
  { matcher: "/seller/payout-account*", middlewares: [seller] },
  {
    matcher: "/seller/payouts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SellerPayoutsQuery, { isList: true })],
  },
  {
    matcher: "/seller/ledger",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SellerLedgerQuery, { isList: true })],
  },
  {
    matcher: "/seller/payout-account",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerSetPayoutAccount)],
  },
  {
    matcher: "/seller/payout-account/stripe-onboarding",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerEmptyBody)],
  },
]
