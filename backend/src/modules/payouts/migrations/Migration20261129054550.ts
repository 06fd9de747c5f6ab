import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129054550 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_run" drop constraint if exists "payout_run_key_unique";`);
    this.addSql(`alter table if exists "payout_batch" drop constraint if exists "payout_batch_run_id_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_family_id_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_family_id_run_id_unique";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_family_id_order_id_kind_reference_unique";`);
    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "category_id" text null, "rate_bps" integer not null, "active" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_category_id_active" ON "commission_rule" ("category_id", "active") WHERE deleted_at IS NULL;`);
    // Hand-written: one active rule per category, and one global rule (category_id null), at a time.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rule_one_active" ON "commission_rule" (coalesce("category_id", '')) WHERE active AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "family_refund" ("id" text not null, "family_order_id" text not null, "family_id" text not null, "order_id" text not null, "display_id" text not null, "currency_code" text not null, "amount" integer not null, "amount_jod" integer not null, "reason" text not null, "payment_id" text null, "medusa_refund_id" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_refund_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_refund_deleted_at" ON "family_refund" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_refund_family_order_id" ON "family_refund" ("family_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_refund_family_id_order_id" ON "family_refund" ("family_id", "order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "family_id" text not null, "order_id" text not null default '', "kind" text check ("kind" in ('sale', 'commission', 'shipping_share', 'refund', 'clawback', 'payout', 'adjustment')) not null, "amount" integer not null, "reference" text not null default '', "description_ar" text not null default '', "description_en" text not null default '', "metadata" jsonb null, "created_by_job" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_family_id_order_id_kind_reference_unique" ON "ledger_entry" ("family_id", "order_id", "kind", "reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_family_id_created_at" ON "ledger_entry" ("family_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "family_id" text not null, "run_id" text not null, "batch_id" text null, "amount" integer not null, "rail" text check ("rail" in ('bank_cliq', 'stripe_connect')) not null, "status" text check ("status" in ('pending', 'approved', 'sent', 'paid', 'failed', 'cancelled')) not null default 'pending', "destination" jsonb not null, "stripe_transfer_id" text null, "stripe_reversal_id" text null, "failure_reason" text null, "bank_reference" text null, "paid_at" timestamptz null, "resolved_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_family_id_run_id_unique" ON "payout" ("family_id", "run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_id" ON "payout" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_family_id_status" ON "payout" ("family_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_run_id_rail_status" ON "payout" ("run_id", "rail", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_account" ("id" text not null, "family_id" text not null, "rail" text check ("rail" in ('bank_cliq', 'stripe_connect')) not null default 'bank_cliq', "iban" text null, "cliq_alias" text null, "account_holder_name" text not null, "stripe_account_id" text null, "onboarding_status" text check ("onboarding_status" in ('not_started', 'pending', 'complete')) not null default 'not_started', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_family_id_unique" ON "payout_account" ("family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch" ("id" text not null, "run_id" text not null, "rail" text check ("rail" in ('bank_cliq')) not null default 'bank_cliq', "status" text check ("status" in ('pending_approval', 'approved', 'paid')) not null default 'pending_approval', "approved_by" text null, "approved_at" timestamptz null, "paid_at" timestamptz null, "paid_by" text null, "bank_reference" text null, "total" numeric not null default 0, "count" integer not null default 0, "raw_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_run_id_unique" ON "payout_batch" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_run" ("id" text not null, "key" text not null, "status" text check ("status" in ('pending', 'running', 'completed', 'failed')) not null default 'pending', "trigger" text check ("trigger" in ('scheduled', 'manual')) not null, "threshold" integer not null, "created_by" text null, "started_at" timestamptz null, "completed_at" timestamptz null, "payout_count" integer not null default 0, "total_amount" numeric not null default 0, "skipped_without_account" integer not null default 0, "skipped_unresolved" integer not null default 0, "skipped_family_ids" jsonb null, "error" text null, "raw_total_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_run_key_unique" ON "payout_run" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_run_deleted_at" ON "payout_run" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "family_refund" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_account" cascade;`);

    this.addSql(`drop table if exists "payout_batch" cascade;`);

    this.addSql(`drop table if exists "payout_run" cascade;`);
  }

}
