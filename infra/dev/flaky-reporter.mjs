import { writeFileSync } from "node:fs"
import path from "node:path"

export const FLAKY_RESULTS = ".vitest-flaky.json"

const MESSAGE_LIMIT = 300

/** The first failed attempt's error in a line: its message and the project frame that threw, if any. */
export function firstFailure(errors) {
  const error = errors?.[0]
  if (!error) return undefined
  const message = String(error.message ?? error)
    .split("\n")[0]
    .slice(0, MESSAGE_LIMIT)
  const frame = (error.stacks ?? []).find((candidate) => !candidate.file?.includes("/node_modules/"))
  return frame ? { message, at: `${frame.file}:${frame.line}` } : { message }
}

/**
 * A vitest reporter for `npm test`, which retries a failed test once: it lists every test that passed only on a
 * retry in `.vitest-flaky.json` (in the workspace's directory), with why its first attempt failed, so the closing
 * lines name it and its cause instead of hiding it.
 */
export default class FlakyReporter {
  flaky = []

  onTestCaseResult(testCase) {
    const diagnostic = testCase.diagnostic()
    if (diagnostic?.flaky) {
      const failure = firstFailure(testCase.result().errors)
      this.flaky.push({
        file: testCase.module.moduleId,
        name: testCase.fullName,
        retries: diagnostic.retryCount,
        ...(failure ? { failure } : {}),
      })
    }
  }

  onTestRunEnd() {
    writeFileSync(path.join(process.cwd(), FLAKY_RESULTS), JSON.stringify(this.flaky, null, 2))
  }
}
