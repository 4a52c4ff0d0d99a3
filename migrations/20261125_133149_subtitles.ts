import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "subtitles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vtt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "movies_video_subtitles" ADD COLUMN "track_id" integer;
  ALTER TABLE "_movies_v_version_video_subtitles" ADD COLUMN "track_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subtitles_id" integer;
  CREATE INDEX "subtitles_updated_at_idx" ON "subtitles" USING btree ("updated_at");
  CREATE INDEX "subtitles_created_at_idx" ON "subtitles" USING btree ("created_at");
  CREATE UNIQUE INDEX "subtitles_filename_idx" ON "subtitles" USING btree ("filename");
  ALTER TABLE "movies_video_subtitles" ADD CONSTRAINT "movies_video_subtitles_track_id_subtitles_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."subtitles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movies_v_version_video_subtitles" ADD CONSTRAINT "_movies_v_version_video_subtitles_track_id_subtitles_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."subtitles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subtitles_fk" FOREIGN KEY ("subtitles_id") REFERENCES "public"."subtitles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "movies_video_subtitles_track_idx" ON "movies_video_subtitles" USING btree ("track_id");
  CREATE INDEX "_movies_v_version_video_subtitles_track_idx" ON "_movies_v_version_video_subtitles" USING btree ("track_id");
  CREATE INDEX "payload_locked_documents_rels_subtitles_id_idx" ON "payload_locked_documents_rels" USING btree ("subtitles_id");
  ALTER TABLE "movies_video_subtitles" DROP COLUMN "path";
  ALTER TABLE "_movies_v_version_video_subtitles" DROP COLUMN "path";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subtitles" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subtitles" CASCADE;
  ALTER TABLE "movies_video_subtitles" DROP CONSTRAINT "movies_video_subtitles_track_id_subtitles_id_fk";
  
  ALTER TABLE "_movies_v_version_video_subtitles" DROP CONSTRAINT "_movies_v_version_video_subtitles_track_id_subtitles_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subtitles_fk";
  
  DROP INDEX "movies_video_subtitles_track_idx";
  DROP INDEX "_movies_v_version_video_subtitles_track_idx";
  DROP INDEX "payload_locked_documents_rels_subtitles_id_idx";
  ALTER TABLE "movies_video_subtitles" ADD COLUMN "path" varchar;
  ALTER TABLE "_movies_v_version_video_subtitles" ADD COLUMN "path" varchar;
  ALTER TABLE "movies_video_subtitles" DROP COLUMN "track_id";
  ALTER TABLE "_movies_v_version_video_subtitles" DROP COLUMN "track_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subtitles_id";`)
}
