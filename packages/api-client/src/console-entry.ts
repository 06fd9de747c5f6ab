// What the ministry console imports (`@usra/api-client/admin`): its client without the storefront's, so the
// console's bundle carries no Medusa JS SDK.
export * from "./admin"
export * from "./errors"
export type { FullReview, PublicReview } from "./seller-types"
