import { writeFileSync } from "node:fs"
import path from "node:path"

export const FLAKY_RESULTS = ".vitest-flaky.json"

/**
 * A vitest reporter for `npm test`, which retries a failed test once: it lists every test that passed only on a
 * retry in `.vitest-flaky.json` (in the workspace's directory), so the closing lines name it instead of hiding it.
 */
export default class FlakyReporter {
  flaky = []

  onTestCaseResult(testCase) {
    const diagnostic = testCase.diagnostic()
    if (diagnostic?.flaky) {
      this.flaky.push({
        file: testCase.module.moduleId,
        name: testCase.fullName,
        retries: diagnostic.retryCount,
      })
    }
  }

  onTestRunEnd() {
    writeFileSync(path.join(process.cwd(), FLAKY_RESULTS), JSON.stringify(this.flaky, null, 2))
  }
}
