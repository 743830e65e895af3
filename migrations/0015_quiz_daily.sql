CREATE TABLE "quiz_paper_questions" (
	"paper_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"question_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"option_order" jsonb NOT NULL,
	"given" jsonb,
	"is_correct" boolean,
	"answered_at" timestamp with time zone,
	CONSTRAINT "quiz_paper_questions_paper_id_position_pk" PRIMARY KEY("paper_id","position")
);
--> statement-breakpoint
CREATE TABLE "quiz_papers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"total" smallint NOT NULL,
	"correct" smallint DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quiz_rules" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"org_path" text NOT NULL,
	"question_count" smallint NOT NULL,
	"category_mix" jsonb NOT NULL,
	"difficulty_mix" jsonb NOT NULL,
	"no_repeat_days" smallint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quiz_paper_questions" ADD CONSTRAINT "quiz_paper_questions_paper_id_quiz_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."quiz_papers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_papers" ADD CONSTRAINT "quiz_papers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_papers" ADD CONSTRAINT "quiz_papers_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_rules" ADD CONSTRAINT "quiz_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quiz_paper_questions_question_idx" ON "quiz_paper_questions" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_papers_daily_once" ON "quiz_papers" USING btree ("person_id","day") WHERE "quiz_papers"."kind" = 'daily';--> statement-breakpoint
CREATE INDEX "quiz_papers_person_idx" ON "quiz_papers" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "quiz_papers_org_path_idx" ON "quiz_papers" USING btree ("org_path");