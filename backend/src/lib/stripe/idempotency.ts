/**
 * Stripe idempotency key for one operation on one Medusa record (payment session, capture, refund...). The same
 * record always gives the same key, so a retried call, by the SDK or by a job, is replayed instead of repeated.
 */
export function idempotencyKey(operation: string, base: string): string {
  return `usra-${operation}-${base}`
}
