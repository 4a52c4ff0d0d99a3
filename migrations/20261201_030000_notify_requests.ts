import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * notify_requests: viewers waiting for a coming-soon film (collections/NotifyRequests), and the
 * job that mails them (`notifyAvailable`) among the queue's task names. One row per account and
 * film; a deleted account or film takes its rows with it (personal data, nothing left to send).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TYPE "public"."enum_notify_requests_locale" AS ENUM('en', 'lo');
    ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'notifyAvailable';
    ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'notifyAvailable';
    CREATE TABLE "notify_requests" (
      "id" serial PRIMARY KEY NOT NULL,
      "user_id" integer NOT NULL,
      "movie_id" integer NOT NULL,
      "locale" "enum_notify_requests_locale",
      "notified_at" timestamp(3) with time zone,
      "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
      "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );
    ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notify_requests_id" integer;
    ALTER TABLE "notify_requests" ADD CONSTRAINT "notify_requests_user_id_users_id_fk"
      FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "notify_requests" ADD CONSTRAINT "notify_requests_movie_id_movies_id_fk"
      FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "notify_requests_user_idx" ON "notify_requests" USING btree ("user_id");
    CREATE INDEX "notify_requests_movie_idx" ON "notify_requests" USING btree ("movie_id");
    CREATE INDEX "notify_requests_updated_at_idx" ON "notify_requests" USING btree ("updated_at");
    CREATE INDEX "notify_requests_created_at_idx" ON "notify_requests" USING btree ("created_at");
    CREATE UNIQUE INDEX "notify_requests_user_movie_unique" ON "notify_requests" USING btree ("user_id", "movie_id");
    ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notify_requests_fk"
      FOREIGN KEY ("notify_requests_id") REFERENCES "public"."notify_requests"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "payload_locked_documents_rels_notify_requests_id_idx"
      ON "payload_locked_documents_rels" USING btree ("notify_requests_id");`)
}

// PostgreSQL cannot drop an enum value; 'notifyAvailable' stays among the task names, unused.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "payload_locked_documents_rels_notify_requests_id_idx";
    ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_notify_requests_fk";
    ALTER TABLE "payload_locked_documents_rels" DROP COLUMN IF EXISTS "notify_requests_id";
    DROP TABLE IF EXISTS "notify_requests" CASCADE;
    DROP TYPE IF EXISTS "public"."enum_notify_requests_locale";`)
}
