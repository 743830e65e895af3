ALTER TABLE "people" ADD COLUMN "native_place" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "work_unit" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "address_enc" text;--> statement-breakpoint
ALTER TABLE "stored_files" ADD COLUMN "consumed_at" timestamp with time zone;