/** PostgreSQL's bigint sums come back as strings; money in fils always fits a safe integer. */
export const toInt = (value: unknown): number => Number(value ?? 0)
