CREATE TABLE "special_quizzes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"time_limit_minutes" smallint,
	"question_count" smallint NOT NULL,
	"category_mix" jsonb NOT NULL,
	"difficulty_mix" jsonb NOT NULL,
	"question_ids" jsonb NOT NULL,
	"pass_mark" smallint NOT NULL,
	"attempts_allowed" smallint NOT NULL,
	"audience_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_cadre_ranks" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "quiz_papers" ADD COLUMN "special_quiz_id" uuid;--> statement-breakpoint
ALTER TABLE "quiz_papers" ADD COLUMN "attempt" smallint;--> statement-breakpoint
ALTER TABLE "quiz_papers" ADD COLUMN "pass_mark" smallint;--> statement-breakpoint
ALTER TABLE "quiz_rules" ADD COLUMN "weekly_question_count" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "special_quizzes" ADD CONSTRAINT "special_quizzes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "special_quizzes_org_path_idx" ON "special_quizzes" USING btree ("org_path");--> statement-breakpoint
CREATE INDEX "special_quizzes_window_idx" ON "special_quizzes" USING btree ("closes_at");--> statement-breakpoint
ALTER TABLE "quiz_papers" ADD CONSTRAINT "quiz_papers_special_quiz_id_special_quizzes_id_fk" FOREIGN KEY ("special_quiz_id") REFERENCES "public"."special_quizzes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_papers_weekly_once" ON "quiz_papers" USING btree ("person_id","day") WHERE "quiz_papers"."kind" = 'weekly';--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_papers_special_attempt" ON "quiz_papers" USING btree ("special_quiz_id","person_id","attempt");--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_papers_challenge_open" ON "quiz_papers" USING btree ("person_id") WHERE "quiz_papers"."kind" = 'challenge' and "quiz_papers"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "quiz_papers_open_deadline_idx" ON "quiz_papers" USING btree ("deadline_at") WHERE "quiz_papers"."completed_at" is null;