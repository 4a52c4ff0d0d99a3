import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tmdb_imports_results_outcome" AS ENUM('created', 'updated', 'failed');
  CREATE TYPE "public"."enum_tmdb_imports_status" AS ENUM('queued', 'running', 'done');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importTmdbBatch');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importTmdbBatch');
  CREATE TABLE "tmdb_imports_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tmdb_id" numeric NOT NULL,
  	"outcome" "enum_tmdb_imports_results_outcome" NOT NULL,
  	"movie_id" integer,
  	"message" varchar
  );
  
  CREATE TABLE "tmdb_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_tmdb_imports_status" DEFAULT 'queued' NOT NULL,
  	"tmdb_ids" jsonb NOT NULL,
  	"total" numeric NOT NULL,
  	"processed" numeric DEFAULT 0 NOT NULL,
  	"requested_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "movies" ADD COLUMN "needs_lao" boolean DEFAULT false;
  ALTER TABLE "_movies_v" ADD COLUMN "version_needs_lao" boolean DEFAULT false;
  ALTER TABLE "people" ADD COLUMN "needs_lao" boolean DEFAULT false;
  ALTER TABLE "genres" ADD COLUMN "needs_lao" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "tmdb_file_path" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tmdb_imports_id" integer;
  ALTER TABLE "tmdb_imports_results" ADD CONSTRAINT "tmdb_imports_results_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tmdb_imports_results" ADD CONSTRAINT "tmdb_imports_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tmdb_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tmdb_imports" ADD CONSTRAINT "tmdb_imports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tmdb_imports_results_order_idx" ON "tmdb_imports_results" USING btree ("_order");
  CREATE INDEX "tmdb_imports_results_parent_id_idx" ON "tmdb_imports_results" USING btree ("_parent_id");
  CREATE INDEX "tmdb_imports_results_movie_idx" ON "tmdb_imports_results" USING btree ("movie_id");
  CREATE INDEX "tmdb_imports_requested_by_idx" ON "tmdb_imports" USING btree ("requested_by_id");
  CREATE INDEX "tmdb_imports_updated_at_idx" ON "tmdb_imports" USING btree ("updated_at");
  CREATE INDEX "tmdb_imports_created_at_idx" ON "tmdb_imports" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tmdb_imports_fk" FOREIGN KEY ("tmdb_imports_id") REFERENCES "public"."tmdb_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "movies_needs_lao_idx" ON "movies" USING btree ("needs_lao");
  CREATE INDEX "_movies_v_version_version_needs_lao_idx" ON "_movies_v" USING btree ("version_needs_lao");
  CREATE INDEX "people_needs_lao_idx" ON "people" USING btree ("needs_lao");
  CREATE INDEX "genres_needs_lao_idx" ON "genres" USING btree ("needs_lao");
  CREATE INDEX "media_tmdb_file_path_idx" ON "media" USING btree ("tmdb_file_path");
  CREATE INDEX "payload_locked_documents_rels_tmdb_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("tmdb_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tmdb_imports_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tmdb_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tmdb_imports_results" CASCADE;
  DROP TABLE "tmdb_imports" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tmdb_imports_fk";
  
  DROP INDEX "movies_needs_lao_idx";
  DROP INDEX "_movies_v_version_version_needs_lao_idx";
  DROP INDEX "people_needs_lao_idx";
  DROP INDEX "genres_needs_lao_idx";
  DROP INDEX "media_tmdb_file_path_idx";
  DROP INDEX "payload_locked_documents_rels_tmdb_imports_id_idx";
  ALTER TABLE "movies" DROP COLUMN "needs_lao";
  ALTER TABLE "_movies_v" DROP COLUMN "version_needs_lao";
  ALTER TABLE "people" DROP COLUMN "needs_lao";
  ALTER TABLE "genres" DROP COLUMN "needs_lao";
  ALTER TABLE "media" DROP COLUMN "tmdb_file_path";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tmdb_imports_id";
  DROP TYPE "public"."enum_tmdb_imports_results_outcome";
  DROP TYPE "public"."enum_tmdb_imports_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
