import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129030441 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_outbox" drop constraint if exists "notification_outbox_idempotency_key_channel_unique";`);
    this.addSql(`create table if not exists "notification_outbox" ("id" text not null, "idempotency_key" text not null, "channel" text check ("channel" in ('email', 'sms')) not null, "recipient" text not null, "template" text not null, "locale" text null, "params" jsonb not null, "subject_ar" text not null, "subject_en" text not null, "body_ar" text not null, "body_en" text not null, "status" text check ("status" in ('pending', 'sent', 'failed')) not null default 'pending', "transport" text check ("transport" in ('outbox', 'smtp')) null, "attempts" integer not null default 0, "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_outbox_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_outbox_deleted_at" ON "notification_outbox" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_outbox_idempotency_key_channel_unique" ON "notification_outbox" ("idempotency_key", "channel") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_outbox_recipient" ON "notification_outbox" ("recipient") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_outbox_created_at" ON "notification_outbox" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_outbox" cascade;`);
  }

}
