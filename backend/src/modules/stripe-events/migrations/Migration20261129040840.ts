import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129040840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "processed_stripe_event" ("id" text not null, "type" text not null, "object_id" text null, "status" text check ("status" in ('received', 'processed', 'ignored')) not null default 'received', "outcome" text null, "attempts" integer not null default 0, "last_error" text null, "stripe_created_at" timestamptz not null, "processed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "processed_stripe_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_processed_stripe_event_deleted_at" ON "processed_stripe_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_processed_stripe_event_status" ON "processed_stripe_event" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_processed_stripe_event_object_id" ON "processed_stripe_event" ("object_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_processed_stripe_event_type" ON "processed_stripe_event" ("type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stripe_dispute" ("id" text not null, "charge_id" text not null, "payment_intent_id" text null, "payment_id" text null, "order_id" text null, "amount" integer not null, "currency_code" text not null, "reason" text not null, "status" text not null, "evidence_due_by" timestamptz null, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_dispute_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_dispute_deleted_at" ON "stripe_dispute" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_dispute_order_id" ON "stripe_dispute" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_dispute_payment_id" ON "stripe_dispute" ("payment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_dispute_charge_id" ON "stripe_dispute" ("charge_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "processed_stripe_event" cascade;`);

    this.addSql(`drop table if exists "stripe_dispute" cascade;`);
  }

}
