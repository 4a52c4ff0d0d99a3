import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "watchlist_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"movie_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "watchlist_items_id" integer;
  ALTER TABLE "watchlist_items" ADD CONSTRAINT "watchlist_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watchlist_items" ADD CONSTRAINT "watchlist_items_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "watchlist_items_user_idx" ON "watchlist_items" USING btree ("user_id");
  CREATE INDEX "watchlist_items_movie_idx" ON "watchlist_items" USING btree ("movie_id");
  CREATE INDEX "watchlist_items_updated_at_idx" ON "watchlist_items" USING btree ("updated_at");
  -- One row per account and film; a deleted account or film takes its rows with it (personal data).
  CREATE UNIQUE INDEX "watchlist_items_user_movie_unique" ON "watchlist_items" USING btree ("user_id", "movie_id");
  CREATE INDEX "watchlist_items_created_at_idx" ON "watchlist_items" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_watchlist_items_fk" FOREIGN KEY ("watchlist_items_id") REFERENCES "public"."watchlist_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_watchlist_items_id_idx" ON "payload_locked_documents_rels" USING btree ("watchlist_items_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "watchlist_items" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "watchlist_items" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_watchlist_items_fk";
  
  DROP INDEX "payload_locked_documents_rels_watchlist_items_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "watchlist_items_id";`)
}
