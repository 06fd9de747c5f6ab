import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129032915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "family_sensitive_profile" drop constraint if exists "family_sensitive_profile_family_id_unique";`);
    this.addSql(`alter table if exists "family_member" drop constraint if exists "family_member_email_unique";`);
    this.addSql(`alter table if exists "family_invite" drop constraint if exists "family_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "family" drop constraint if exists "family_handle_unique";`);
    this.addSql(`create table if not exists "family" ("id" text not null, "handle" text not null, "name_ar" text not null, "name_en" text not null, "story_ar" text null, "story_en" text null, "governorate" text check ("governorate" in ('amman', 'irbid', 'zarqa', 'balqa', 'madaba', 'karak', 'tafilah', 'maan', 'aqaba', 'mafraq', 'jerash', 'ajloun')) null, "community_centre" text null, "association" text null, "status" text check ("status" in ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'changes_requested', 'suspended')) not null default 'draft', "submitted_at" timestamptz null, "approved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_family_handle_unique" ON "family" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_deleted_at" ON "family" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_status_governorate" ON "family" ("status", "governorate") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "family_document" ("id" text not null, "kind" text check ("kind" in ('registration_certificate', 'national_id')) not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "size_bytes" integer not null, "family_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_document_family_id" ON "family_document" ("family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_document_deleted_at" ON "family_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "family_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "family_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_family_invite_token_hash_unique" ON "family_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_invite_family_id" ON "family_invite" ("family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_invite_deleted_at" ON "family_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "family_member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'member')) not null default 'owner', "family_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_family_member_email_unique" ON "family_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_member_family_id" ON "family_member" ("family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_member_deleted_at" ON "family_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "family_review_event" ("id" text not null, "actor_type" text check ("actor_type" in ('seller', 'user', 'system')) not null, "actor_id" text not null, "from_status" text check ("from_status" in ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'changes_requested', 'suspended')) not null, "to_status" text check ("to_status" in ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'changes_requested', 'suspended')) not null, "reason" text null, "family_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_review_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_review_event_family_id" ON "family_review_event" ("family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_review_event_deleted_at" ON "family_review_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "family_sensitive_profile" ("id" text not null, "national_id_hash" text null, "national_id_last4" text null, "maker_gender" text check ("maker_gender" in ('female', 'male')) null, "age_band" text check ("age_band" in ('age_18_24', 'age_25_34', 'age_35_44', 'age_45_54', 'age_55_64', 'age_65_plus')) null, "disability_in_household" boolean null, "household_size" integer null, "consent_given_at" timestamptz null, "family_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "family_sensitive_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_family_sensitive_profile_family_id_unique" ON "family_sensitive_profile" ("family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_family_sensitive_profile_deleted_at" ON "family_sensitive_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "family_document" add constraint "family_document_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "family_invite" add constraint "family_invite_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "family_member" add constraint "family_member_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "family_review_event" add constraint "family_review_event_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "family_sensitive_profile" add constraint "family_sensitive_profile_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "family_document" drop constraint if exists "family_document_family_id_foreign";`);

    this.addSql(`alter table if exists "family_invite" drop constraint if exists "family_invite_family_id_foreign";`);

    this.addSql(`alter table if exists "family_member" drop constraint if exists "family_member_family_id_foreign";`);

    this.addSql(`alter table if exists "family_review_event" drop constraint if exists "family_review_event_family_id_foreign";`);

    this.addSql(`alter table if exists "family_sensitive_profile" drop constraint if exists "family_sensitive_profile_family_id_foreign";`);

    this.addSql(`drop table if exists "family" cascade;`);

    this.addSql(`drop table if exists "family_document" cascade;`);

    this.addSql(`drop table if exists "family_invite" cascade;`);

    this.addSql(`drop table if exists "family_member" cascade;`);

    this.addSql(`drop table if exists "family_review_event" cascade;`);

    this.addSql(`drop table if exists "family_sensitive_profile" cascade;`);
  }

}
