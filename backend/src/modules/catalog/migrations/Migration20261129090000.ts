import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Rows projected before the catalogue read ratings get their product's summary once. Their fingerprints are left
 * as they are, so the next rebuild of such a product rewrites the row with the same values: harmless. On a fresh
 * database the reviews module's table may not exist yet, and there is nothing to copy.
 */
export class Migration20261129090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
  if to_regclass('rating_summary') is not null then
    update catalog_entry e
       set rating = round(rs.average::numeric, 1)::real, review_count = rs.review_count, updated_at = now()
      from rating_summary rs
     where rs.target_type = 'product' and rs.target_id = e.product_id and rs.deleted_at is null
       and rs.review_count > 0;
  end if;
end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`update catalog_entry set rating = null, review_count = 0;`)
  }
}
