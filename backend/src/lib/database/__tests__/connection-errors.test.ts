import { describe, expect, it } from "vitest"
import { isDatabaseUnavailableError } from "../connection-errors"

describe("isDatabaseUnavailableError", () => {
  it("knows PostgreSQL going away or starting up, and the pool giving up on a connection", () => {
    expect(
      isDatabaseUnavailableError({
        code: "57P01",
        message: "terminating connection due to administrator command",
      }),
    ).toBe(true)
    expect(
      isDatabaseUnavailableError({
        name: "KnexTimeoutError",
        message: "Knex: Timeout acquiring a connection.",
      }),
    ).toBe(true)
    expect(isDatabaseUnavailableError(new Error("Connection terminated unexpectedly"))).toBe(true)
    // Wrapped by the ORM or a workflow, and as the plain object a workflow keeps of it.
    expect(isDatabaseUnavailableError(new Error("query failed", { cause: { code: "57P03" } }))).toBe(true)
    expect(isDatabaseUnavailableError({ originalError: { code: "08006" } })).toBe(true)
  })

  it("leaves query errors, other errors and non-errors alone", () => {
    expect(isDatabaseUnavailableError({ code: "23505", message: "duplicate key value" })).toBe(false)
    expect(isDatabaseUnavailableError(new Error("Cart not found"))).toBe(false)
    expect(isDatabaseUnavailableError(undefined)).toBe(false)
    expect(isDatabaseUnavailableError("Connection terminated")).toBe(false)
    // Another service refusing a connection is not the database being away.
    expect(
      isDatabaseUnavailableError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:587" }),
    ).toBe(false)
  })
})
