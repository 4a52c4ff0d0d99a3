import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * media: the two columns Payload's cloud-storage plugin keeps on an upload collection (the folder
 * of a document's objects in the bucket, and the key of a browser-side upload). Present whichever
 * storage an instance uses (the plugin's alwaysInsertFields), so one schema serves local disk and GCS.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
    ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "media" DROP COLUMN "prefix";
    ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
