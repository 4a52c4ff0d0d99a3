import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Outbound webhooks: the endpoints admins register (with the events each subscribes to) and the
 * delivery log, which is also the outbox the worker sends from. Written as Payload's postgres
 * adapter generates it for collections/WebhookEndpoints and collections/WebhookDeliveries, except:
 * a delivery goes with its endpoint (ON DELETE cascade: the column is NOT NULL), and the job task's
 * enum value is added only if missing (another task may be added by another migration).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TYPE "public"."enum_webhook_endpoints_events" AS ENUM('payment.paid', 'payment.refund-needed', 'rental.started', 'movie.published', 'movie.updated', 'movie.available');
    CREATE TYPE "public"."enum_webhook_deliveries_event_type" AS ENUM('payment.paid', 'payment.refund-needed', 'rental.started', 'movie.published', 'movie.updated', 'movie.available');
    CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'succeeded', 'failed', 'abandoned');
    ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'sendWebhookDelivery';
    ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'sendWebhookDelivery';
    CREATE TABLE "webhook_endpoints_events" (
    "order" integer NOT NULL,
    "parent_id" integer NOT NULL,
    "value" "enum_webhook_endpoints_events",
    "id" serial PRIMARY KEY NOT NULL
    );

    CREATE TABLE "webhook_endpoints" (
    "id" serial PRIMARY KEY NOT NULL,
    "url" varchar NOT NULL,
    "description" varchar,
    "enabled" boolean DEFAULT true,
    "disabled_reason" varchar,
    "disabled_at" timestamp(3) with time zone,
    "secret" varchar,
    "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );

    CREATE TABLE "webhook_deliveries" (
    "id" serial PRIMARY KEY NOT NULL,
    "endpoint_id" integer NOT NULL,
    "event_type" "enum_webhook_deliveries_event_type" NOT NULL,
    "message_id" varchar NOT NULL,
    "payload" jsonb NOT NULL,
    "status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
    "attempts" numeric DEFAULT 0,
    "retries_used" numeric DEFAULT 0,
    "next_attempt_at" timestamp(3) with time zone,
    "last_attempt_at" timestamp(3) with time zone,
    "last_status_code" numeric,
    "last_response" varchar,
    "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
    );

    ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_endpoints_id" integer;
    ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
    ALTER TABLE "webhook_endpoints_events" ADD CONSTRAINT "webhook_endpoints_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "webhook_endpoints_events_order_idx" ON "webhook_endpoints_events" USING btree ("order");
    CREATE INDEX "webhook_endpoints_events_parent_idx" ON "webhook_endpoints_events" USING btree ("parent_id");
    CREATE INDEX "webhook_endpoints_updated_at_idx" ON "webhook_endpoints" USING btree ("updated_at");
    CREATE INDEX "webhook_endpoints_created_at_idx" ON "webhook_endpoints" USING btree ("created_at");
    CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id");
    CREATE UNIQUE INDEX "webhook_deliveries_message_id_idx" ON "webhook_deliveries" USING btree ("message_id");
    CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
    CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
    CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
    ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_endpoints_fk" FOREIGN KEY ("webhook_endpoints_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "payload_locked_documents_rels_webhook_endpoints_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_endpoints_id");
    CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
    CREATE INDEX "webhook_deliveries_endpoint_status_idx" ON "webhook_deliveries" USING btree ("endpoint_id", "status", "last_attempt_at");
  `)
}

/** PostgreSQL cannot drop one value of an enum: the task's value stays, its jobs go. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DELETE FROM "payload_jobs" WHERE "task_slug" = 'sendWebhookDelivery';
    DROP INDEX IF EXISTS "payload_locked_documents_rels_webhook_endpoints_id_idx";
    DROP INDEX IF EXISTS "payload_locked_documents_rels_webhook_deliveries_id_idx";
    ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_endpoints_id";
    ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
    DROP TABLE "webhook_deliveries" CASCADE;
    DROP TABLE "webhook_endpoints_events" CASCADE;
    DROP TABLE "webhook_endpoints" CASCADE;
    DROP TYPE "public"."enum_webhook_endpoints_events";
    DROP TYPE "public"."enum_webhook_deliveries_event_type";
    DROP TYPE "public"."enum_webhook_deliveries_status";
  `)
}
