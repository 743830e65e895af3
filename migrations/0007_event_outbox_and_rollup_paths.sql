CREATE TABLE "event_subscriptions" (
	"subscriber_id" text PRIMARY KEY NOT NULL,
	"cursor_tx_id" "xid8" DEFAULT '0' NOT NULL,
	"cursor_event_id" bigint DEFAULT 0 NOT NULL,
	"delivered" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'ok' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"failing_since" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"last_delivered_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Rollups are now built by the rollup subscriber from the events themselves, starting at the first
-- event: rows written by the old in-transaction bump would be counted twice, so they go.
TRUNCATE "daily_org_rollups", "daily_person_rollups";--> statement-breakpoint
ALTER TABLE "daily_org_rollups" ADD COLUMN "org_path" text NOT NULL;--> statement-breakpoint
CREATE INDEX "daily_org_rollups_subtree_idx" ON "daily_org_rollups" USING btree ("metric","day","org_path" text_pattern_ops);--> statement-breakpoint
-- The writing transaction's id on every event (hand-written: drizzle-kit does not manage the
-- partitioned events table). The dispatcher reads events in (tx_id, id) order, only below the
-- oldest transaction still running, so an event is never skipped for committing late.
ALTER TABLE events ADD COLUMN IF NOT EXISTS tx_id xid8 NOT NULL DEFAULT pg_current_xact_id();--> statement-breakpoint
CREATE INDEX IF NOT EXISTS events_tx_idx ON events (tx_id, id);
