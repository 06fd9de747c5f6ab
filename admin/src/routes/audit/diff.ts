/** A before/after snapshot as short "field: value" lines, changed fields first. */
export function diffLines(
  before: unknown,
  after: unknown,
): { field: string; before: string; after: string; changed: boolean }[] {
  const asObject = (value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  const b = asObject(before)
  const a = asObject(after)
  const show = (value: unknown) =>
    value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value)
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .map((field) => ({
      field,
      before: show(b[field]),
      after: show(a[field]),
      changed: show(b[field]) !== show(a[field]),
    }))
    .sort((x, y) => Number(y.changed) - Number(x.changed))
}
