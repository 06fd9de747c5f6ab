import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129035308 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shipping_zone_rate" drop constraint if exists "shipping_zone_rate_zone_max_weight_g_unique";`);
    this.addSql(`alter table if exists "shipping_zone" drop constraint if exists "shipping_zone_zone_unique";`);
    this.addSql(`create table if not exists "shipping_zone" ("id" text not null, "zone" text check ("zone" in ('jordan', 'gcc', 'europe', 'uk', 'north_america', 'rest_of_world')) not null, "transit_days_min" integer not null, "transit_days_max" integer not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipping_zone_pkey" primary key ("id"), constraint shipping_zone_transit_days_check check (transit_days_min >= 1 and transit_days_min <= transit_days_max));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipping_zone_deleted_at" ON "shipping_zone" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipping_zone_zone_unique" ON "shipping_zone" ("zone") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shipping_zone_rate" ("id" text not null, "zone" text check ("zone" in ('jordan', 'gcc', 'europe', 'uk', 'north_america', 'rest_of_world')) not null, "max_weight_g" integer null, "price" integer not null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipping_zone_rate_pkey" primary key ("id"), constraint shipping_zone_rate_values_check check (price >= 0 and (max_weight_g is null or max_weight_g > 0)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipping_zone_rate_deleted_at" ON "shipping_zone_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipping_zone_rate_zone_max_weight_g_unique" ON "shipping_zone_rate" ("zone", "max_weight_g") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipping_zone_rate_open_bracket" ON "shipping_zone_rate" ("zone") WHERE max_weight_g IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shipping_zone" cascade;`);

    this.addSql(`drop table if exists "shipping_zone_rate" cascade;`);
  }

}
