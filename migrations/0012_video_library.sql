CREATE TABLE "video_assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'processing' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"error_code" text,
	"duration_seconds" double precision,
	"source_format" text NOT NULL,
	"source_key" text NOT NULL,
	"source_size_bytes" bigint NOT NULL,
	"small_key" text,
	"standard_key" text,
	"poster_key" text,
	"job_id" uuid,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_watches" (
	"person_id" uuid NOT NULL,
	"video_id" uuid NOT NULL,
	"segments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"watched_seconds" double precision DEFAULT 0 NOT NULL,
	"position_seconds" double precision DEFAULT 0 NOT NULL,
	"emitted_seconds" integer DEFAULT 0 NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"completed_emitted" boolean DEFAULT false NOT NULL,
	"last_report_at" timestamp with time zone,
	"last_event_at" timestamp with time zone,
	CONSTRAINT "video_watches_person_id_video_id_pk" PRIMARY KEY("person_id","video_id")
);
--> statement-breakpoint
CREATE INDEX "video_assets_org_path_idx" ON "video_assets" USING btree ("org_path","created_at");--> statement-breakpoint
CREATE INDEX "video_watches_video_idx" ON "video_watches" USING btree ("video_id");