import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payments_status" AS ENUM('pending', 'paid', 'needs-refund', 'refunded');
  CREATE TYPE "public"."enum_payments_locale" AS ENUM('en', 'lo');
  CREATE TYPE "public"."enum_promo_codes_kind" AS ENUM('percentage', 'fixed', 'free');
  CREATE TABLE "payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"anonymous_id" varchar,
  	"movie_id" integer NOT NULL,
  	"status" "enum_payments_status" DEFAULT 'pending' NOT NULL,
  	"amount_lak" numeric NOT NULL,
  	"list_price_lak" numeric NOT NULL,
  	"promo_code_id" integer,
  	"provider" varchar NOT NULL,
  	"reference" varchar,
  	"checkout_url" varchar,
  	"checkout_qr_data" varchar,
  	"checkout_expires_at" timestamp(3) with time zone,
  	"paid_at" timestamp(3) with time zone,
  	"locale" "enum_payments_locale" DEFAULT 'en',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promo_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_promo_codes_kind" DEFAULT 'percentage' NOT NULL,
  	"percent_off" numeric,
  	"amount_off_lak" numeric,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"max_uses" numeric,
  	"uses" numeric DEFAULT 0,
  	"movie_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rental_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"default_price_lak" numeric DEFAULT 20000 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "movies" ALTER COLUMN "rental_price_lak" DROP DEFAULT;
  ALTER TABLE "_movies_v" ALTER COLUMN "version_rental_price_lak" DROP DEFAULT;
  ALTER TABLE "movies" ALTER COLUMN "rental_price_lak" DROP NOT NULL;
  ALTER TABLE "_movies_v" ALTER COLUMN "version_rental_price_lak" DROP NOT NULL;
  ALTER TABLE "rentals" ADD COLUMN "payment_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promo_codes_id" integer;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_promo_code_id_promo_codes_id_fk" FOREIGN KEY ("promo_code_id") REFERENCES "public"."promo_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promo_codes" ADD CONSTRAINT "promo_codes_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payments_user_idx" ON "payments" USING btree ("user_id");
  CREATE INDEX "payments_anonymous_id_idx" ON "payments" USING btree ("anonymous_id");
  CREATE INDEX "payments_movie_idx" ON "payments" USING btree ("movie_id");
  CREATE INDEX "payments_status_idx" ON "payments" USING btree ("status");
  CREATE INDEX "payments_promo_code_idx" ON "payments" USING btree ("promo_code_id");
  CREATE INDEX "payments_provider_idx" ON "payments" USING btree ("provider");
  CREATE UNIQUE INDEX "payments_reference_idx" ON "payments" USING btree ("reference");
  CREATE INDEX "payments_paid_at_idx" ON "payments" USING btree ("paid_at");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE UNIQUE INDEX "promo_codes_code_idx" ON "promo_codes" USING btree ("code");
  CREATE INDEX "promo_codes_movie_idx" ON "promo_codes" USING btree ("movie_id");
  CREATE INDEX "promo_codes_updated_at_idx" ON "promo_codes" USING btree ("updated_at");
  CREATE INDEX "promo_codes_created_at_idx" ON "promo_codes" USING btree ("created_at");
  ALTER TABLE "rentals" ADD CONSTRAINT "rentals_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promo_codes_fk" FOREIGN KEY ("promo_codes_id") REFERENCES "public"."promo_codes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "rentals_starts_at_idx" ON "rentals" USING btree ("starts_at");
  CREATE UNIQUE INDEX "rentals_payment_idx" ON "rentals" USING btree ("payment_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");
  CREATE INDEX "payload_locked_documents_rels_promo_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("promo_codes_id");
  -- Rentals made before payments had rows of their own keep their payment, as a paid payment row.
  ALTER TABLE "payments" ADD COLUMN "legacy_rental_id" integer;
  INSERT INTO "payments" ("user_id", "anonymous_id", "movie_id", "status", "amount_lak", "list_price_lak", "provider", "reference", "paid_at", "legacy_rental_id", "created_at", "updated_at")
    SELECT "user_id", "anonymous_id", "movie_id", 'paid', "payment_amount_lak", "payment_amount_lak", "payment_provider", "payment_reference", "starts_at", "id", "created_at", now()
    FROM "rentals";
  UPDATE "rentals" SET "payment_id" = p."id" FROM "payments" p WHERE p."legacy_rental_id" = "rentals"."id";
  ALTER TABLE "payments" DROP COLUMN "legacy_rental_id";
  ALTER TABLE "rentals" ALTER COLUMN "payment_id" SET NOT NULL;
  -- The rules Payload cannot express, as for rentals: exactly one owner, and no negative amounts.
  ALTER TABLE "payments" ADD CONSTRAINT "payments_exactly_one_owner" CHECK (("user_id" IS NULL) <> ("anonymous_id" IS NULL));
  ALTER TABLE "payments" ADD CONSTRAINT "payments_amounts_not_negative" CHECK ("amount_lak" >= 0 AND "list_price_lak" >= 0);
  ALTER TABLE "rentals" DROP COLUMN "payment_provider";
  ALTER TABLE "rentals" DROP COLUMN "payment_reference";
  ALTER TABLE "rentals" DROP COLUMN "payment_amount_lak";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promo_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rental_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "promo_codes" CASCADE;
  DROP TABLE "rental_settings" CASCADE;
  ALTER TABLE "rentals" DROP CONSTRAINT "rentals_payment_id_payments_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promo_codes_fk";
  
  DROP INDEX "rentals_starts_at_idx";
  DROP INDEX "rentals_payment_idx";
  DROP INDEX "payload_locked_documents_rels_payments_id_idx";
  DROP INDEX "payload_locked_documents_rels_promo_codes_id_idx";
  ALTER TABLE "movies" ALTER COLUMN "rental_price_lak" SET DEFAULT 20000;
  ALTER TABLE "_movies_v" ALTER COLUMN "version_rental_price_lak" SET DEFAULT 20000;
  ALTER TABLE "rentals" ADD COLUMN "payment_provider" varchar NOT NULL;
  ALTER TABLE "rentals" ADD COLUMN "payment_reference" varchar NOT NULL;
  ALTER TABLE "rentals" ADD COLUMN "payment_amount_lak" numeric NOT NULL;
  ALTER TABLE "rentals" DROP COLUMN "payment_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promo_codes_id";
  DROP TYPE "public"."enum_payments_status";
  DROP TYPE "public"."enum_payments_locale";
  DROP TYPE "public"."enum_promo_codes_kind";`)
}
