import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * rate_limits: the counters of rate-limiter-flexible (RateLimiterPostgres, with `tableCreated`
 * so the library never runs DDL), shared by every instance of the app. Its shape is the library's
 * own; `expire` is milliseconds since the epoch, and rows an hour past it are deleted by the library.
 *
 * The hand-written counters it replaces go: auth_attempts (failed logins and reset requests).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "rate_limits" (
      "key" varchar(255) PRIMARY KEY,
      "points" integer NOT NULL DEFAULT 0,
      "expire" bigint
    );
    CREATE INDEX "rate_limits_expire_idx" ON "rate_limits" ("expire");
    DROP TABLE IF EXISTS "auth_attempts";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS "rate_limits";
    CREATE TABLE "auth_attempts" (
      "id" bigserial PRIMARY KEY,
      "kind" varchar NOT NULL CHECK ("kind" IN ('login', 'forgot-password')),
      "address" varchar NOT NULL,
      "email" varchar,
      "failed" boolean NOT NULL,
      "created_at" timestamp(3) with time zone NOT NULL DEFAULT now()
    );
    CREATE INDEX "auth_attempts_address_idx" ON "auth_attempts" ("kind", "address", "created_at");
    CREATE INDEX "auth_attempts_email_idx" ON "auth_attempts" ("kind", "email", "created_at");`)
}
