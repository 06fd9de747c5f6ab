import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129062006 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "review" drop constraint if exists "review_line_item_id_unique";`);
    this.addSql(`alter table if exists "rating_summary" drop constraint if exists "rating_summary_target_type_target_id_unique";`);
    this.addSql(`create table if not exists "rating_summary" ("id" text not null, "target_type" text check ("target_type" in ('product', 'family')) not null, "target_id" text not null, "review_count" integer not null default 0, "rating_sum" integer not null default 0, "average" real null, "stars_1" integer not null default 0, "stars_2" integer not null default 0, "stars_3" integer not null default 0, "stars_4" integer not null default 0, "stars_5" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rating_summary_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rating_summary_deleted_at" ON "rating_summary" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rating_summary_target_type_target_id_unique" ON "rating_summary" ("target_type", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "family_id" text not null, "customer_id" text not null, "order_id" text not null, "line_item_id" text not null, "rating" integer not null, "text" text not null, "author_name" text not null, "status" text check ("status" in ('published', 'hidden')) not null default 'published', "hidden_reason" text null, "hidden_by" text null, "hidden_at" timestamptz null, "reply_text" text null, "reply_by" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`);
    // Hand-added: the rating's range is a rule of the data, not only of the API's validation.
    this.addSql(`alter table "review" add constraint "review_rating_range" check ("rating" between 1 and 5);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_line_item_id_unique" ON "review" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_family_id_status_created_at" ON "review" ("family_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id_created_at" ON "review" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rating_summary" cascade;`);

    this.addSql(`drop table if exists "review" cascade;`);
  }

}
