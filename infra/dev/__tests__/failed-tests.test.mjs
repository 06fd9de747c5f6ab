import { describe, expect, it } from "vitest"
import { failedTests } from "../failed-tests.mjs"

const root = "/repo"

describe("failedTests", () => {
  it("names each failed test with its file and the first line of its error, and skips the passed ones", () => {
    const report = {
      testResults: [
        {
          name: "/repo/backend/integration-tests/http/a.spec.ts",
          status: "failed",
          assertionResults: [
            { status: "passed", fullName: "a works", failureMessages: [] },
            {
              status: "failed",
              fullName: "carts > completes once",
              failureMessages: ["\nAssertionError: expected 500 to be 200\n    at spec.ts:10:3"],
            },
          ],
        },
        { name: "/repo/admin/src/b.test.tsx", status: "passed", assertionResults: [{ status: "passed" }] },
      ],
    }
    expect(failedTests(report, root)).toEqual([
      "backend/integration-tests/http/a.spec.ts > carts > completes once: AssertionError: expected 500 to be 200",
    ])
  })

  it("names a file that failed before any test ran, and cuts a long message", () => {
    const report = {
      testResults: [
        {
          name: "/repo/backend/x.spec.ts",
          status: "failed",
          message: `Error: ${"x".repeat(400)}`,
          assertionResults: [],
        },
      ],
    }
    const [line] = failedTests(report, root)
    expect(line.startsWith("backend/x.spec.ts: Error: xxx")).toBe(true)
    expect(line.endsWith("…")).toBe(true)
    expect(line.length).toBeLessThan(340)
  })

  it("gives nothing for a report without failures or without results", () => {
    expect(failedTests({ testResults: [] }, root)).toEqual([])
    expect(failedTests({}, root)).toEqual([])
  })
})
