import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_preferred_locale" AS ENUM('en', 'lo');
  CREATE TYPE "public"."enum_users_preferred_subtitle_locale" AS ENUM('en', 'lo');
  ALTER TABLE "users" ADD COLUMN "preferred_locale" "enum_users_preferred_locale";
  ALTER TABLE "users" ADD COLUMN "preferred_subtitle_locale" "enum_users_preferred_subtitle_locale";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "preferred_locale";
  ALTER TABLE "users" DROP COLUMN "preferred_subtitle_locale";
  DROP TYPE "public"."enum_users_preferred_locale";
  DROP TYPE "public"."enum_users_preferred_subtitle_locale";`)
}
