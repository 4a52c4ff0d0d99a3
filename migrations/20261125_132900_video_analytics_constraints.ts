import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The bounds the report endpoint enforces, kept by the table too, so that figures computed in SQL
 * never meet a negative duration or an unbounded detail, whoever wrote the row.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "video_analytics" ADD CONSTRAINT "video_analytics_values_valid"
      CHECK ("position_seconds" >= 0 AND "value" >= 0 AND char_length("detail") <= 100);
    ALTER TABLE "video_analytics" ADD CONSTRAINT "video_analytics_session_id_format"
      CHECK ("session_id" ~ '^[A-Za-z0-9_-]{8,64}$');
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "video_analytics" DROP CONSTRAINT IF EXISTS "video_analytics_session_id_format";
    ALTER TABLE "video_analytics" DROP CONSTRAINT IF EXISTS "video_analytics_values_valid";
  `)
}
