import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033123 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "exchange_rate" drop constraint if exists "exchange_rate_currency_code_unique";`);
    this.addSql(`create table if not exists "exchange_rate" ("id" text not null, "currency_code" text check ("currency_code" in ('usd', 'eur', 'gbp', 'sar', 'aed')) not null, "rate" text not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exchange_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_deleted_at" ON "exchange_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exchange_rate_currency_code_unique" ON "exchange_rate" ("currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "exchange_rate_history" ("id" text not null, "currency_code" text check ("currency_code" in ('usd', 'eur', 'gbp', 'sar', 'aed')) not null, "old_rate" text null, "new_rate" text not null, "changed_by" text null, "changed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exchange_rate_history_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_history_deleted_at" ON "exchange_rate_history" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_history_currency_code_changed_at" ON "exchange_rate_history" ("currency_code", "changed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exchange_rate" cascade;`);

    this.addSql(`drop table if exists "exchange_rate_history" cascade;`);
  }

}
