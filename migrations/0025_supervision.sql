CREATE TABLE "supervision_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"period_key" date NOT NULL,
	"stage" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"severity" text NOT NULL,
	"day" date NOT NULL,
	"evidence" jsonb NOT NULL,
	"explanation" text,
	"explained_at" timestamp with time zone,
	"explained_by" uuid,
	"seen_at" timestamp with time zone,
	"seen_by" uuid,
	"outcome" text,
	"outcome_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reported_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_excused_days" (
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"alert_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_excused_days_person_id_day_pk" PRIMARY KEY("person_id","day")
);
--> statement-breakpoint
CREATE TABLE "supervision_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"is_built_in" boolean DEFAULT false NOT NULL,
	"metric" text NOT NULL,
	"population" jsonb NOT NULL,
	"condition" jsonb NOT NULL,
	"recipients" jsonb NOT NULL,
	"severity" text NOT NULL,
	"last_run_day" date,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "supervision_alerts" ADD CONSTRAINT "supervision_alerts_rule_id_supervision_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."supervision_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_excused_days" ADD CONSTRAINT "supervision_excused_days_alert_id_supervision_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."supervision_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_rules" ADD CONSTRAINT "supervision_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_alerts_streak_idx" ON "supervision_alerts" USING btree ("rule_id","person_id","period_key");--> statement-breakpoint
CREATE INDEX "supervision_alerts_path_idx" ON "supervision_alerts" USING btree ("org_path" text_pattern_ops,"raised_at");--> statement-breakpoint
CREATE INDEX "supervision_alerts_person_idx" ON "supervision_alerts" USING btree ("person_id","raised_at");--> statement-breakpoint
CREATE INDEX "supervision_alerts_unclosed_idx" ON "supervision_alerts" USING btree ("org_path" text_pattern_ops) WHERE "supervision_alerts"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "supervision_rules_org_path_idx" ON "supervision_rules" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_rules_built_in_idx" ON "supervision_rules" USING btree ("org_id") WHERE "supervision_rules"."is_built_in" and "supervision_rules"."deleted_at" is null;