import { describe, expect, it } from "vitest"
import { redact } from "../record"
import { auditTarget } from "../trail"

describe("auditTarget", () => {
  it("names the action and the entity from the path", () => {
    expect(auditTarget("POST", "/admin/families/fam_01HZX3/approve")).toEqual({
      action: "families.approve",
      entity_type: "families",
      entity_id: "fam_01HZX3",
    })
    expect(auditTarget("POST", "/admin/exchange-rates?x=1")).toEqual({
      action: "exchange-rates.create",
      entity_type: "exchange-rates",
      entity_id: null,
    })
    expect(auditTarget("POST", "/admin/jobs/failed/fjob_01ABC/retry")).toMatchObject({
      action: "jobs.failed.retry",
      entity_id: "fjob_01ABC",
    })
    expect(auditTarget("POST", "/admin/products/prod_1")).toMatchObject({ action: "products.update" })
    expect(auditTarget("DELETE", "/admin/products/prod_1")).toMatchObject({ action: "products.delete" })
  })
})

describe("redact", () => {
  it("keeps secrets and bank details out of the trail", () => {
    expect(
      redact({
        reason: "ok",
        password: "hunter2",
        nested: { token: "t", iban: "JO94CBJO0010000000000131000302", national_id: "9861234567" },
        list: [{ secret: "s", keep: 1 }],
      }),
    ).toEqual({
      reason: "ok",
      password: "[redacted]",
      nested: { token: "[redacted]", iban: "[redacted]", national_id: "[redacted]" },
      list: [{ secret: "[redacted]", keep: 1 }],
    })
    expect(redact("x".repeat(3000))).toHaveLength(2001)
  })
})
