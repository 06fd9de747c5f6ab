import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129061325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalog_product" drop constraint if exists "catalog_product_product_id_unique";`);
    this.addSql(`alter table if exists "catalog_entry" drop constraint if exists "catalog_entry_product_id_currency_code_sales_channel_id_unique";`);
    this.addSql(`create table if not exists "catalog_entry" ("id" text not null, "product_id" text not null, "currency_code" text not null, "handle" text not null, "title_en" text not null, "title_ar" text not null, "thumbnail" text null, "price_amount" integer not null, "family_id" text null, "family_handle" text null, "family_name_en" text null, "family_name_ar" text null, "family_status" text null, "governorate" text null, "category_handle" text null, "product_status" text not null, "sales_channel_id" text not null, "visible" boolean not null default false, "in_stock" boolean not null default false, "rating" real null, "review_count" integer not null default 0, "popularity" integer not null default 0, "product_created_at" timestamptz not null, "fingerprint" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_deleted_at" ON "catalog_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_entry_product_id_currency_code_sales_channel_id_unique" ON "catalog_entry" ("product_id", "currency_code", "sales_channel_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_family_id" ON "catalog_entry" ("family_id");`);

    this.addSql(`create table if not exists "catalog_product" ("id" text not null, "product_id" text not null, "handle" text not null, "variant_id" text null, "description_en" text null, "description_ar" text null, "materials_en" text null, "materials_ar" text null, "category_name_en" text null, "category_name_ar" text null, "images" jsonb not null, "weight_grams" integer null, "processing_days" integer null, "search_text" text not null, "title_search" text not null, "fingerprint" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_product_deleted_at" ON "catalog_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_product_product_id_unique" ON "catalog_product" ("product_id");`);

    // Written by hand (the data model cannot say it): the listing's filters and sorts on visible rows, each led
    // by the currency and channel every query pins, so a page is an ordered index scan and its total often an
    // index-only scan; and trigram search on the folded Arabic/English text.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_newest" ON "catalog_entry" ("currency_code", "sales_channel_id", "product_created_at" DESC, "product_id" DESC) WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_price" ON "catalog_entry" ("currency_code", "sales_channel_id", "price_amount", "product_id") WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_popular" ON "catalog_entry" ("currency_code", "sales_channel_id", "popularity" DESC, "product_created_at" DESC, "product_id" DESC) WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_rating" ON "catalog_entry" ("currency_code", "sales_channel_id", "rating" DESC NULLS LAST, "popularity" DESC, "product_id" DESC) WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_category" ON "catalog_entry" ("currency_code", "sales_channel_id", "category_handle", "product_created_at" DESC, "product_id" DESC) WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_family_handle" ON "catalog_entry" ("currency_code", "sales_channel_id", "family_handle", "product_created_at" DESC, "product_id" DESC) WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_governorate" ON "catalog_entry" ("currency_code", "sales_channel_id", "governorate", "product_created_at" DESC, "product_id" DESC) WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_entry_handle" ON "catalog_entry" ("handle", "currency_code", "sales_channel_id") WHERE visible;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_product_search" ON "catalog_product" USING gin ("search_text" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_entry" cascade;`);

    this.addSql(`drop table if exists "catalog_product" cascade;`);
  }

}
