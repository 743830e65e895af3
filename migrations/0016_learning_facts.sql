CREATE TABLE "learning_org_days" (
	"org_id" integer NOT NULL,
	"day" date NOT NULL,
	"org_path" text NOT NULL,
	"active_people" integer DEFAULT 0 NOT NULL,
	"daily_completed" integer DEFAULT 0 NOT NULL,
	"read_seconds" bigint DEFAULT 0 NOT NULL,
	"watch_seconds" bigint DEFAULT 0 NOT NULL,
	"answers" integer DEFAULT 0 NOT NULL,
	"correct" integer DEFAULT 0 NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"delegated_seconds" bigint DEFAULT 0 NOT NULL,
	"delegated_answers" integer DEFAULT 0 NOT NULL,
	"delegated_people" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "learning_org_days_org_id_day_pk" PRIMARY KEY("org_id","day")
);
--> statement-breakpoint
CREATE TABLE "learning_person_days" (
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"read_seconds" integer DEFAULT 0 NOT NULL,
	"watch_seconds" integer DEFAULT 0 NOT NULL,
	"articles_read" smallint DEFAULT 0 NOT NULL,
	"videos_watched" smallint DEFAULT 0 NOT NULL,
	"answers" smallint DEFAULT 0 NOT NULL,
	"correct" smallint DEFAULT 0 NOT NULL,
	"daily_completed" boolean DEFAULT false NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"delegated_seconds" integer DEFAULT 0 NOT NULL,
	"delegated_answers" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "learning_person_days_person_id_day_pk" PRIMARY KEY("person_id","day")
);
--> statement-breakpoint
CREATE TABLE "learning_person_status" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"points_total" integer DEFAULT 0 NOT NULL,
	"last_studied_on" date,
	"last_daily_quiz_on" date
);
--> statement-breakpoint
CREATE TABLE "learning_person_years" (
	"person_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"read_seconds" integer DEFAULT 0 NOT NULL,
	"watch_seconds" integer DEFAULT 0 NOT NULL,
	"other_seconds" integer DEFAULT 0 NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "learning_person_years_person_id_year_pk" PRIMARY KEY("person_id","year")
);
--> statement-breakpoint
CREATE TABLE "learning_points" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"day" date NOT NULL,
	"action" text NOT NULL,
	"points" smallint NOT NULL,
	"source_event_id" bigint,
	"is_delegated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_settings" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"org_path" text NOT NULL,
	"point_rules" jsonb NOT NULL,
	"rankings_enabled" boolean DEFAULT true NOT NULL,
	"member_hours_target" numeric NOT NULL,
	"leader_hours_target" numeric NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_points" ADD CONSTRAINT "learning_points_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_settings" ADD CONSTRAINT "learning_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_org_days_subtree_idx" ON "learning_org_days" USING btree ("day","org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "learning_person_days_subtree_idx" ON "learning_person_days" USING btree ("day","org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "learning_points_source_once" ON "learning_points" USING btree ("source_event_id","action") WHERE "learning_points"."source_event_id" is not null;--> statement-breakpoint
CREATE INDEX "learning_points_person_day_idx" ON "learning_points" USING btree ("person_id","day");