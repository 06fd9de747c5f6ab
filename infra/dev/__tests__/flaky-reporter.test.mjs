import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { FLAKY_RESULTS } from "../flaky-reporter.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const reporter = path.resolve(here, "../flaky-reporter.mjs")
const vitest = path.resolve(here, "../../../node_modules/vitest/vitest.mjs")
const dir = mkdtempSync(path.join(tmpdir(), "usra-flaky-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the flaky reporter", () => {
  it("lists a test that passed only on its retry, and not one that passed at once", () => {
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
    expect(flaky).toEqual([{ file: path.join(dir, "sample.test.mjs"), name: "flaky once", retries: 1 }])
  })
})
