import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { FLAKY_RESULTS, firstFailure } from "../flaky-reporter.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const reporter = path.resolve(here, "../flaky-reporter.mjs")
const vitest = path.resolve(here, "../../../node_modules/vitest/vitest.mjs")
const dir = mkdtempSync(path.join(tmpdir(), "usra-flaky-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the flaky reporter", () => {
  it("lists a test that passed only on its retry, with its first failure, and not one that passed at once", () => {
    // The first attempt fails and leaves a mark; the retry finds the mark and passes.
    writeFileSync(
      path.join(dir, "sample.test.mjs"),
      `import { existsSync, writeFileSync } from "node:fs"
import { it } from "vitest"
it("steady", () => {})
it("flaky once", () => {
  if (!existsSync("attempted")) {
    writeFileSync("attempted", "")
    throw new Error("first attempt")
  }
})
`,
    )
    execFileSync(process.execPath, [vitest, "run", "--retry=1", `--reporter=${reporter}`], {
      cwd: dir,
      stdio: "pipe",
    })
    const flaky = JSON.parse(readFileSync(path.join(dir, FLAKY_RESULTS), "utf8"))
    const file = path.join(dir, "sample.test.mjs")
    expect(flaky).toEqual([
      {
        file,
        name: "flaky once",
        retries: 1,
        // Where and why the first attempt failed: the line that threw, in the test's own file.
        failure: { message: "first attempt", at: `${file}:7` },
      },
    ])
  })

  it("keeps the first line of the message and the first frame outside node_modules", () => {
    const long = `expected 1 to be 2\n${"- diff line\n".repeat(20)}`
    expect(
      firstFailure([
        {
          message: long,
          stacks: [
            { file: "/repo/node_modules/vitest/dist/index.js", line: 10 },
            { file: "/repo/backend/integration-tests/a.spec.ts", line: 42 },
          ],
        },
        { message: "a later attempt" },
      ]),
    ).toEqual({ message: "expected 1 to be 2", at: "/repo/backend/integration-tests/a.spec.ts:42" })
    expect(firstFailure([{ message: "x".repeat(400), stacks: [] }])).toEqual({ message: "x".repeat(300) })
    expect(firstFailure(undefined)).toBeUndefined()
    expect(firstFailure([])).toBeUndefined()
  })
})
