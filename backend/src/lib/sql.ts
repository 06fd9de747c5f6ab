/** What a module needs of MikroORM's entity manager (its `manager` registration) for raw SQL, alone or in one transaction. */
export type SqlManager = {
  execute(query: string, params?: unknown[], method?: "all" | "get" | "run"): Promise<unknown>
  transactional<T>(work: (manager: SqlManager) => Promise<T>): Promise<T>
}

/** Runs one statement (knex `?` placeholders) and returns its rows. */
export type Sql = <Row = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<Row[]>

export function sqlOf(manager: SqlManager): Sql {
  return async <Row>(query: string, params: unknown[] = []) =>
    (await manager.execute(query, params, "all")) as Row[]
}

/** A transaction-scoped advisory lock: held until the transaction ends, so concurrent writers take turns. */
export async function lockKey(sql: Sql, key: string): Promise<void> {
  await sql("select pg_advisory_xact_lock(hashtext(?))", [key])
}
