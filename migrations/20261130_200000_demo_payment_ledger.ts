import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * demo_payment_ledger: the demo payment provider's own record of its checkouts (it stands for a
 * remote provider, so it keeps no reference into our tables). It was a JSON file per payment under
 * $DATA_DIR/demo-payments; in the database every instance of the app sees the same ledger.
 * Not a Payload collection: no API reaches it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "demo_payment_ledger" (
      "reference" varchar(40) PRIMARY KEY CHECK ("reference" ~ '^demo_[a-f0-9]{24}$'),
      "payment_id" integer NOT NULL,
      "amount_lak" integer NOT NULL CHECK ("amount_lak" >= 0),
      "description" varchar(500) NOT NULL,
      "origin" varchar(500) NOT NULL,
      "locale" varchar(8) NOT NULL,
      "expires_at" timestamp(3) with time zone NOT NULL,
      "paid_at" timestamp(3) with time zone,
      "created_at" timestamp(3) with time zone NOT NULL DEFAULT now()
    );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "demo_payment_ledger";`)
}
