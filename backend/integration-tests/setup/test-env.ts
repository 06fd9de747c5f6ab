/** The services the test run uses: given by `npm test` (infra/dev provides them), else this machine's defaults. */
export function baseServiceUrls() {
  return {
    databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres",
    redisUrl: process.env.REDIS_URL ?? "redis://localhost:6379",
  }
}

/** The same server URL with another database name. */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return url.toString()
}
