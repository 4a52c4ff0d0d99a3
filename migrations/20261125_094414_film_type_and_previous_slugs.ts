import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_movies_type" AS ENUM('feature', 'short');
  CREATE TYPE "public"."enum__movies_v_version_type" AS ENUM('feature', 'short');
  CREATE TABLE "movies_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "_movies_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "movies" ADD COLUMN "type" "enum_movies_type" DEFAULT 'feature';
  ALTER TABLE "_movies_v" ADD COLUMN "version_type" "enum__movies_v_version_type" DEFAULT 'feature';
  ALTER TABLE "movies_previous_slugs" ADD CONSTRAINT "movies_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_previous_slugs" ADD CONSTRAINT "_movies_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "movies_previous_slugs_order_idx" ON "movies_previous_slugs" USING btree ("_order");
  CREATE INDEX "movies_previous_slugs_parent_id_idx" ON "movies_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "movies_previous_slugs_slug_idx" ON "movies_previous_slugs" USING btree ("slug");
  CREATE INDEX "_movies_v_version_previous_slugs_order_idx" ON "_movies_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_movies_v_version_previous_slugs_parent_id_idx" ON "_movies_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_movies_v_version_previous_slugs_slug_idx" ON "_movies_v_version_previous_slugs" USING btree ("slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "movies_previous_slugs" CASCADE;
  DROP TABLE "_movies_v_version_previous_slugs" CASCADE;
  ALTER TABLE "movies" DROP COLUMN "type";
  ALTER TABLE "_movies_v" DROP COLUMN "version_type";
  DROP TYPE "public"."enum_movies_type";
  DROP TYPE "public"."enum__movies_v_version_type";`)
}
