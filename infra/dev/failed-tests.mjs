import path from "node:path"

const FIRST_LINE_MAX = 300

// One line per failed test in a vitest JSON report: its file (relative to `root`), its name and the first line
// of its error. A file that failed before any of its tests ran (a failing beforeAll, a syntax error) gets one line.
export function failedTests(report, root) {
  const lines = []
  for (const file of report.testResults ?? []) {
    const where = path.relative(root, file.name)
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed")
    for (const test of failed) {
      lines.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    }
    if (failed.length === 0 && file.status === "failed") lines.push(`${where}: ${firstLine(file.message)}`)
  }
  return lines
}

function firstLine(message) {
  const line =
    String(message ?? "")
      .split("\n")
      .find((text) => text.trim() !== "") ?? "(no message)"
  return line.length > FIRST_LINE_MAX ? `${line.slice(0, FIRST_LINE_MAX)}…` : line
}
