CREATE TABLE "content_favourites" (
	"person_id" uuid NOT NULL,
	"content_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_favourites_person_id_content_id_pk" PRIMARY KEY("person_id","content_id")
);
--> statement-breakpoint
CREATE TABLE "content_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"kind" text DEFAULT 'article' NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"source" text,
	"video_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"audience_org_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"audience_paths" text[] NOT NULL,
	"audience_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_cadre_ranks" text[] DEFAULT '{}'::text[] NOT NULL,
	"author_account_id" uuid NOT NULL,
	"reviewer_account_id" uuid,
	"review_note" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_readings" (
	"person_id" uuid NOT NULL,
	"content_id" uuid NOT NULL,
	"read_seconds" integer DEFAULT 0 NOT NULL,
	"unreported_seconds" integer DEFAULT 0 NOT NULL,
	"reached_end" boolean DEFAULT false NOT NULL,
	"end_reported" boolean DEFAULT false NOT NULL,
	"last_beat_at" timestamp with time zone NOT NULL,
	"last_event_at" timestamp with time zone,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_readings_person_id_content_id_pk" PRIMARY KEY("person_id","content_id")
);
--> statement-breakpoint
ALTER TABLE "content_favourites" ADD CONSTRAINT "content_favourites_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_favourites" ADD CONSTRAINT "content_favourites_content_id_content_items_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_reviewer_account_id_accounts_id_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_readings" ADD CONSTRAINT "content_readings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_readings" ADD CONSTRAINT "content_readings_content_id_content_items_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_favourites_person_idx" ON "content_favourites" USING btree ("person_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "content_items_org_path_idx" ON "content_items" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "content_items_audience_idx" ON "content_items" USING gin ("audience_paths");--> statement-breakpoint
CREATE INDEX "content_items_feed_idx" ON "content_items" USING btree ("channel","is_pinned" DESC NULLS LAST,"published_at" DESC NULLS LAST) WHERE "content_items"."status" = 'published';