import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { lockKey, type SqlManager, sqlOf } from "../../lib/sql"
import { RatingSummary } from "./models/rating-summary"
import { Review } from "./models/review"

export type RatingTarget = { type: "product" | "family"; id: string }

export type RatingSummaryView = {
  target_type: "product" | "family"
  target_id: string
  review_count: number
  average: number | null
  stars: Record<"1" | "2" | "3" | "4" | "5", number>
}

const COLUMN = { product: "product_id", family: "family_id" } as const

/** What a page shows of a summary; an unreviewed target is zero reviews and no average. */
export function summaryView(
  target: RatingTarget,
  row?: {
    review_count: number
    average: number | null
    stars_1: number
    stars_2: number
    stars_3: number
    stars_4: number
    stars_5: number
  } | null,
): RatingSummaryView {
  return {
    target_type: target.type,
    target_id: target.id,
    review_count: row?.review_count ?? 0,
    average: row?.review_count ? Math.round(Number(row.average) * 10) / 10 : null,
    stars: {
      "1": row?.stars_1 ?? 0,
      "2": row?.stars_2 ?? 0,
      "3": row?.stars_3 ?? 0,
      "4": row?.stars_4 ?? 0,
      "5": row?.stars_5 ?? 0,
    },
  }
}

/**
 * Reviews and the rating summaries of products and families. The generated methods read and write single rows;
 * a summary is recomputed from the published reviews in one SQL statement under a transaction-scoped advisory
 * lock, so two reviews of the same product arriving together both end up counted.
 */
export default class ReviewsModuleService extends MedusaService({ Review, RatingSummary }) {
  protected readonly manager_: SqlManager

  constructor(container: { manager: SqlManager }) {
    // biome-ignore lint/complexity/noArguments: MedusaService needs the module's original arguments
    super(...arguments)
    this.manager_ = container.manager
  }

  /** Recomputes each target's summary from its published reviews (idempotent: run it after any change). */
  async refreshRatingSummaries(targets: RatingTarget[]): Promise<void> {
    const unique = [...new Map(targets.map((target) => [`${target.type}:${target.id}`, target])).values()]
    // A fixed order keeps two transactions that lock the same targets from deadlocking.
    unique.sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`))
    await this.manager_.transactional(async (manager) => {
      for (const target of unique) {
        await lockKey(sqlOf(manager), `rating-summary-${target.type}-${target.id}`)
        await manager.execute(
          `insert into rating_summary
             (id, target_type, target_id, review_count, rating_sum, average,
              stars_1, stars_2, stars_3, stars_4, stars_5, created_at, updated_at)
           select ?, ?, ?, count(*), coalesce(sum(rating), 0), avg(rating)::real,
                  count(*) filter (where rating = 1), count(*) filter (where rating = 2),
                  count(*) filter (where rating = 3), count(*) filter (where rating = 4),
                  count(*) filter (where rating = 5), now(), now()
             from review
            where ${COLUMN[target.type]} = ? and status = 'published' and deleted_at is null
           on conflict (target_type, target_id) where deleted_at is null do update set
             review_count = excluded.review_count, rating_sum = excluded.rating_sum, average = excluded.average,
             stars_1 = excluded.stars_1, stars_2 = excluded.stars_2, stars_3 = excluded.stars_3,
             stars_4 = excluded.stars_4, stars_5 = excluded.stars_5, updated_at = now()`,
          [generateEntityId(undefined, "rsum"), target.type, target.id, target.id],
          "run",
        )
      }
    })
  }

  /**
   * Sets the family's answer if there is none yet, in one conditional UPDATE: two answers sent at once cannot both
   * land. Null when the review is not this family's, or already answered (the caller reads which).
   */
  async replyOnce(input: { id: string; family_id: string; text: string; by: string }) {
    const rows = (await this.manager_.execute(
      `update review set reply_text = ?, reply_by = ?, replied_at = now(), updated_at = now()
        where id = ? and family_id = ? and reply_text is null and deleted_at is null returning id`,
      [input.text, input.by, input.id, input.family_id],
      "all",
    )) as { id: string }[]
    return rows.length > 0
  }

  /** Hides a published review with the ministry's reason, once (a conditional UPDATE, like replyOnce). */
  async hideOnce(input: { id: string; reason: string; by: string }) {
    const rows = (await this.manager_.execute(
      `update review set status = 'hidden', hidden_reason = ?, hidden_by = ?, hidden_at = now(), updated_at = now()
        where id = ? and status = 'published' and deleted_at is null returning id`,
      [input.reason, input.by, input.id],
      "all",
    )) as { id: string }[]
    return rows.length > 0
  }

  /** Publishes a hidden review again, once (a conditional UPDATE, like hideOnce); the reason it was hidden goes. */
  async showOnce(id: string) {
    const rows = (await this.manager_.execute(
      `update review set status = 'published', hidden_reason = null, hidden_by = null, hidden_at = null,
              updated_at = now()
        where id = ? and status = 'hidden' and deleted_at is null returning id`,
      [id],
      "all",
    )) as { id: string }[]
    return rows.length > 0
  }

  /** The summaries of these targets, one per id asked for (zero for those nobody reviewed yet). */
  async summariesOf(type: RatingTarget["type"], ids: string[]): Promise<Map<string, RatingSummaryView>> {
    const rows = ids.length ? await this.listRatingSummaries({ target_type: type, target_id: ids }) : []
    const byId = new Map(rows.map((row) => [row.target_id, row]))
    return new Map(ids.map((id) => [id, summaryView({ type, id }, byId.get(id))]))
  }
}
