import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_video_analytics_type" AS ENUM('start', 'startup', 'heartbeat', 'pause', 'seek', 'quality', 'rebuffer', 'error', 'complete');
  CREATE TABLE "video_analytics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"movie_id" integer NOT NULL,
  	"session_id" varchar NOT NULL,
  	"viewer_key" varchar NOT NULL,
  	"type" "enum_video_analytics_type" NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"position_seconds" numeric,
  	"value" numeric,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "video_analytics_id" integer;
  ALTER TABLE "video_analytics" ADD CONSTRAINT "video_analytics_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "video_analytics_movie_idx" ON "video_analytics" USING btree ("movie_id");
  CREATE INDEX "video_analytics_session_id_idx" ON "video_analytics" USING btree ("session_id");
  CREATE INDEX "video_analytics_occurred_at_idx" ON "video_analytics" USING btree ("occurred_at");
  CREATE INDEX "video_analytics_updated_at_idx" ON "video_analytics" USING btree ("updated_at");
  CREATE INDEX "video_analytics_created_at_idx" ON "video_analytics" USING btree ("created_at");
  CREATE INDEX "movie_occurredAt_idx" ON "video_analytics" USING btree ("movie_id","occurred_at");
  CREATE INDEX "viewerKey_createdAt_idx" ON "video_analytics" USING btree ("viewer_key","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_analytics_fk" FOREIGN KEY ("video_analytics_id") REFERENCES "public"."video_analytics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_video_analytics_id_idx" ON "payload_locked_documents_rels" USING btree ("video_analytics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "video_analytics" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "video_analytics" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_video_analytics_fk";
  
  DROP INDEX "payload_locked_documents_rels_video_analytics_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "video_analytics_id";
  DROP TYPE "public"."enum_video_analytics_type";`)
}
