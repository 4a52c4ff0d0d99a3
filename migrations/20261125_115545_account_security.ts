import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Account security that lives beside Payload's tables:
 * - auth_attempts: failed logins and reset requests, by address and email, so throttling holds
 *   across every instance of the app (src/lib/accounts/throttle.ts);
 * - retired_anonymous_identities: anonymous identities claimed by an account, which never name
 *   anyone again (src/lib/viewer/claimAnonymous.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "auth_attempts" (
      "id" bigserial PRIMARY KEY,
      "kind" varchar NOT NULL CHECK ("kind" IN ('login', 'forgot-password')),
      "address" varchar NOT NULL,
      "email" varchar,
      "failed" boolean NOT NULL,
      "created_at" timestamp(3) with time zone NOT NULL DEFAULT now()
    );
    CREATE INDEX "auth_attempts_address_idx" ON "auth_attempts" ("kind", "address", "created_at");
    CREATE INDEX "auth_attempts_email_idx" ON "auth_attempts" ("kind", "email", "created_at");
    CREATE TABLE "retired_anonymous_identities" (
      "anonymous_id" varchar PRIMARY KEY,
      "user_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
      "retired_at" timestamp(3) with time zone NOT NULL DEFAULT now()
    );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS "retired_anonymous_identities";
    DROP TABLE IF EXISTS "auth_attempts";`)
}
