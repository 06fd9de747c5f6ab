import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129054522 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shipment_event" drop constraint if exists "shipment_event_external_id_unique";`);
    this.addSql(`alter table if exists "shipment" drop constraint if exists "shipment_order_id_unique";`);
    this.addSql(`alter table if exists "consignment" drop constraint if exists "consignment_code_unique";`);
    this.addSql(`alter table if exists "consignment" drop constraint if exists "consignment_order_id_family_id_unique";`);
    this.addSql(`create table if not exists "consignment" ("id" text not null, "order_id" text not null, "display_id" text not null, "family_order_id" text not null, "family_id" text not null, "hub" text not null, "code" text not null, "items" jsonb not null, "status" text check ("status" in ('awaiting_dropoff', 'ready', 'received', 'rejected', 'cancelled')) not null default 'awaiting_dropoff', "dropoff_deadline" timestamptz not null, "ready_at" timestamptz null, "received_at" timestamptz null, "received_by" text null, "checked_items" jsonb null, "rejected_at" timestamptz null, "rejected_by" text null, "rejection_reason" text null, "cancelled_at" timestamptz null, "cancellation_reason" text null, "refund_id" text null, "reminder_sent_at" timestamptz null, "escalated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_deleted_at" ON "consignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_order_id_family_id_unique" ON "consignment" ("order_id", "family_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_code_unique" ON "consignment" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_family_id_created_at" ON "consignment" ("family_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_status_hub" ON "consignment" ("status", "hub") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shipment" ("id" text not null, "order_id" text not null, "display_id" text not null, "carrier" text not null, "tracking_number" text null, "tracking_url" text null, "status" text check ("status" in ('created', 'in_transit', 'delivered', 'returned')) not null default 'created', "fulfillment_id" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "returned_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_deleted_at" ON "shipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipment_order_id_unique" ON "shipment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_carrier_tracking_number" ON "shipment" ("carrier", "tracking_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_status" ON "shipment" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shipment_event" ("id" text not null, "status" text check ("status" in ('in_transit', 'delivered', 'returned')) not null, "description" text not null, "location" text null, "occurred_at" timestamptz not null, "source" text check ("source" in ('manual', 'carrier')) not null, "external_id" text null, "recorded_by" text null, "shipment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipment_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_event_shipment_id" ON "shipment_event" ("shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_event_deleted_at" ON "shipment_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipment_event_external_id_unique" ON "shipment_event" ("external_id") WHERE external_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_event_shipment_id_occurred_at" ON "shipment_event" ("shipment_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "shipment_event" add constraint "shipment_event_shipment_id_foreign" foreign key ("shipment_id") references "shipment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "shipment_event" drop constraint if exists "shipment_event_shipment_id_foreign";`);

    this.addSql(`drop table if exists "consignment" cascade;`);

    this.addSql(`drop table if exists "shipment" cascade;`);

    this.addSql(`drop table if exists "shipment_event" cascade;`);
  }

}
