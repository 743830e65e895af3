CREATE TABLE "supervision_forecasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"week_start" date NOT NULL,
	"rule_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"score" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision_forecasts" ADD CONSTRAINT "supervision_forecasts_rule_id_supervision_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."supervision_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_forecasts_rule_week_person_idx" ON "supervision_forecasts" USING btree ("rule_id","week_start","person_id");--> statement-breakpoint
CREATE INDEX "supervision_forecasts_path_idx" ON "supervision_forecasts" USING btree ("org_path" text_pattern_ops,"week_start");