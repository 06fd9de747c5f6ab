import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129054554 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "family_order" add column if not exists "subtotal_jod" integer null, add column if not exists "exchange_rate" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "family_order" drop column if exists "subtotal_jod", drop column if exists "exchange_rate";`);
  }

}
