import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129030440 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "failed_job" drop constraint if exists "failed_job_job_id_unique";`);
    this.addSql(`create table if not exists "failed_job" ("id" text not null, "queue" text not null, "name" text not null, "job_id" text not null, "payload" jsonb not null, "error" text not null, "attempts" integer not null, "failed_at" timestamptz not null, "retried_at" timestamptz null, "retry_job_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "failed_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_failed_job_deleted_at" ON "failed_job" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_failed_job_job_id_unique" ON "failed_job" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_failed_job_queue_name" ON "failed_job" ("queue", "name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_failed_job_failed_at" ON "failed_job" ("failed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "failed_job" cascade;`);
  }

}
