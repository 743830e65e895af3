CREATE TABLE "learning_org_member_stats" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"org_path" text NOT NULL,
	"day" date NOT NULL,
	"year" smallint NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	"leaders" integer DEFAULT 0 NOT NULL,
	"since_week" integer DEFAULT 0 NOT NULL,
	"since_month" integer DEFAULT 0 NOT NULL,
	"study_seconds" bigint DEFAULT 0 NOT NULL,
	"on_track" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "learning_org_member_stats_path_idx" ON "learning_org_member_stats" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "people_party_path_name_idx" ON "people" USING btree ("org_path","name","id") WHERE "people"."party_status" is not null;--> statement-breakpoint
CREATE INDEX "learning_person_status_last_idx" ON "learning_person_status" USING btree ("last_studied_on","person_id");