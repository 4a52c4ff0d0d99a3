import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Editors' video uploads become ladders by a job: `video_transcodes` records each one's progress
 * and outcome; films gain their seek-preview thumbnails track and a public trailer ladder; the
 * job queue learns the `transcodeVideo` task. A film's transcodes go with it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TYPE "public"."enum_video_transcodes_kind" AS ENUM('video', 'trailer');
    CREATE TYPE "public"."enum_video_transcodes_status" AS ENUM('queued', 'running', 'done', 'failed');
    CREATE TYPE "public"."enum_video_transcodes_failure"
      AS ENUM('unreadable', 'incomplete', 'no-video-stream', 'source-missing', 'transcoding');
    ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'transcodeVideo';
    ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'transcodeVideo';
    CREATE TABLE "video_transcodes" (
      "id" serial PRIMARY KEY NOT NULL,
      "movie_id" integer NOT NULL,
      "kind" "enum_video_transcodes_kind" NOT NULL,
      "status" "enum_video_transcodes_status" DEFAULT 'queued' NOT NULL,
      "progress" numeric DEFAULT 0 NOT NULL CHECK ("progress" BETWEEN 0 AND 100),
      "failure" "enum_video_transcodes_failure",
      "failure_detail" varchar,
      "upload_id" varchar NOT NULL,
      "file_name" varchar,
      "file_size" numeric,
      "master_playlist" varchar,
      "requested_by_id" integer,
      "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
      "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );
    ALTER TABLE "movies" ADD COLUMN "video_thumbnails" varchar;
    ALTER TABLE "movies" ADD COLUMN "trailer_master_playlist" varchar;
    ALTER TABLE "movies" ADD COLUMN "trailer_duration_seconds" numeric;
    ALTER TABLE "_movies_v" ADD COLUMN "version_video_thumbnails" varchar;
    ALTER TABLE "_movies_v" ADD COLUMN "version_trailer_master_playlist" varchar;
    ALTER TABLE "_movies_v" ADD COLUMN "version_trailer_duration_seconds" numeric;
    ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "video_transcodes_id" integer;
    ALTER TABLE "video_transcodes" ADD CONSTRAINT "video_transcodes_movie_id_movies_id_fk"
      FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "video_transcodes" ADD CONSTRAINT "video_transcodes_requested_by_id_users_id_fk"
      FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    CREATE INDEX "video_transcodes_movie_idx" ON "video_transcodes" USING btree ("movie_id");
    CREATE UNIQUE INDEX "video_transcodes_upload_id_idx" ON "video_transcodes" USING btree ("upload_id");
    CREATE INDEX "video_transcodes_requested_by_idx" ON "video_transcodes" USING btree ("requested_by_id");
    CREATE INDEX "video_transcodes_updated_at_idx" ON "video_transcodes" USING btree ("updated_at");
    CREATE INDEX "video_transcodes_created_at_idx" ON "video_transcodes" USING btree ("created_at");
    ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_transcodes_fk"
      FOREIGN KEY ("video_transcodes_id") REFERENCES "public"."video_transcodes"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "payload_locked_documents_rels_video_transcodes_id_idx"
      ON "payload_locked_documents_rels" USING btree ("video_transcodes_id");`)
}

// The task slug stays in the job enums: PostgreSQL cannot drop an enum value, and it harms nothing.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "video_transcodes_id";
    DROP TABLE "video_transcodes" CASCADE;
    ALTER TABLE "movies" DROP COLUMN "video_thumbnails";
    ALTER TABLE "movies" DROP COLUMN "trailer_master_playlist";
    ALTER TABLE "movies" DROP COLUMN "trailer_duration_seconds";
    ALTER TABLE "_movies_v" DROP COLUMN "version_video_thumbnails";
    ALTER TABLE "_movies_v" DROP COLUMN "version_trailer_master_playlist";
    ALTER TABLE "_movies_v" DROP COLUMN "version_trailer_duration_seconds";
    DROP TYPE "public"."enum_video_transcodes_kind";
    DROP TYPE "public"."enum_video_transcodes_status";
    DROP TYPE "public"."enum_video_transcodes_failure";`)
}
