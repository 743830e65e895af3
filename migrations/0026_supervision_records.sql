CREATE TABLE "supervision_evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"display_name" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_integrity_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer,
	"org_path" text,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"source" text NOT NULL,
	"description" text NOT NULL,
	"evidence_file_id" uuid,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "supervision_sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" integer,
	"org_path" text,
	"kind" text NOT NULL,
	"decided_on" date NOT NULL,
	"reason" text NOT NULL,
	"alert_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text
);
--> statement-breakpoint
ALTER TABLE "supervision_integrity_items" ADD CONSTRAINT "supervision_integrity_items_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_integrity_items" ADD CONSTRAINT "supervision_integrity_items_evidence_file_id_supervision_evidence_files_id_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "public"."supervision_evidence_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sanctions" ADD CONSTRAINT "supervision_sanctions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_integrity_items_person_idx" ON "supervision_integrity_items" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "supervision_integrity_items_path_idx" ON "supervision_integrity_items" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "supervision_sanctions_person_idx" ON "supervision_sanctions" USING btree ("person_id","decided_on");--> statement-breakpoint
CREATE INDEX "supervision_sanctions_path_idx" ON "supervision_sanctions" USING btree ("org_path" text_pattern_ops);