import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129035704 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "family_order" drop constraint if exists "family_order_order_id_family_id_unique";`);
    this.addSql(`create table if not exists "family_order" ("id" text not null, "order_id" text not null, "family_id" text not null, "display_id" text not null, "currency_code" text not null, "item_count" integer not null, "subtotal" integer not null, "items" jsonb not null, "status" text check ("status" in ('pending', 'preparing', 'delivered_to_hub', 'shipped', 'delivered', 'canceled')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_order_deleted_at" ON "family_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_family_order_order_id_family_id_unique" ON "family_order" ("order_id", "family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_order_family_id_created_at" ON "family_order" ("family_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "family_order" cascade;`);
  }

}
