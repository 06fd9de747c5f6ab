import { model } from "@medusajs/framework/utils"

/**
 * One state-changing request to a ministry route (or a read of a family's sensitive profile): who, what, when,
 * the answer's status, and the entity before and after where a snapshot of it is cheap. Append-only.
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    actor_id: model.text().nullable(),
    actor_email: model.text().nullable(),
    actor_role: model.text().nullable(),
    // e.g. "families.approve", "payout-batches.mark-paid", "family.sensitive_profile.view"
    action: model.text(),
    method: model.text(),
    path: model.text(),
    entity_type: model.text().nullable(),
    entity_id: model.text().nullable(),
    status_code: model.number(),
    body: model.json().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
    ip: model.text().nullable(),
  })
  .indexes([
    { on: ["created_at"] },
    { on: ["actor_id", "created_at"] },
    { on: ["entity_type", "entity_id"] },
    { on: ["action"] },
  ])
