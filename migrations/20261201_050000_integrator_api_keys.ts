import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The integrator role and what an admin grants it (users.reporting_access), and API keys: stored as
 * an HMAC (unique, the lookup of every keyed request) with a display prefix. A key goes with its
 * integrator account when the account is deleted.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TYPE "public"."enum_users_role" ADD VALUE IF NOT EXISTS 'integrator';
    CREATE TYPE "public"."enum_users_reporting_access" AS ENUM('rentals', 'payments');
    CREATE TABLE "users_reporting_access" (
      "order" integer NOT NULL,
      "parent_id" integer NOT NULL,
      "value" "enum_users_reporting_access",
      "id" serial PRIMARY KEY NOT NULL
    );
    ALTER TABLE "users_reporting_access" ADD CONSTRAINT "users_reporting_access_parent_fk"
      FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "users_reporting_access_order_idx" ON "users_reporting_access" USING btree ("order");
    CREATE INDEX "users_reporting_access_parent_idx" ON "users_reporting_access" USING btree ("parent_id");

    CREATE TABLE "api_keys" (
      "id" serial PRIMARY KEY NOT NULL,
      "name" varchar NOT NULL,
      "owner_id" integer NOT NULL,
      "prefix" varchar,
      "hash" varchar NOT NULL,
      "last_used_at" timestamp(3) with time zone,
      "revoked" boolean DEFAULT false,
      "revoked_at" timestamp(3) with time zone,
      "created_by_id" integer,
      "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
      "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );
    ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_owner_id_users_id_fk"
      FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_users_id_fk"
      FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    CREATE INDEX "api_keys_owner_idx" ON "api_keys" USING btree ("owner_id");
    CREATE UNIQUE INDEX "api_keys_hash_idx" ON "api_keys" USING btree ("hash");
    CREATE INDEX "api_keys_created_by_idx" ON "api_keys" USING btree ("created_by_id");
    CREATE INDEX "api_keys_updated_at_idx" ON "api_keys" USING btree ("updated_at");
    CREATE INDEX "api_keys_created_at_idx" ON "api_keys" USING btree ("created_at");

    ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_keys_id" integer;
    ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_keys_fk"
      FOREIGN KEY ("api_keys_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "payload_locked_documents_rels_api_keys_id_idx"
      ON "payload_locked_documents_rels" USING btree ("api_keys_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_keys_fk";
    DROP INDEX "payload_locked_documents_rels_api_keys_id_idx";
    ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_keys_id";
    DROP TABLE "api_keys" CASCADE;
    DROP TABLE "users_reporting_access" CASCADE;
    DROP TYPE "public"."enum_users_reporting_access";
    DELETE FROM "users" WHERE "role" = 'integrator';
    ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
    ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'viewer'::text;
    DROP TYPE "public"."enum_users_role";
    CREATE TYPE "public"."enum_users_role" AS ENUM('viewer', 'editor', 'admin');
    ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'viewer'::"public"."enum_users_role";
    ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role"
      USING "role"::"public"."enum_users_role";`)
}
