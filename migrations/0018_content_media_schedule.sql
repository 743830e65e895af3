CREATE TABLE "content_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"content_type" text NOT NULL,
	"storage_key" text NOT NULL,
	"small_key" text,
	"width" integer,
	"height" integer,
	"page_count" integer,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "image_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "publish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_media" ADD CONSTRAINT "content_media_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_media" ADD CONSTRAINT "content_media_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_media_org_path_idx" ON "content_media" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_document_id_content_media_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."content_media"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_items_scheduled_idx" ON "content_items" USING btree ("publish_at") WHERE "content_items"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "content_items_images_idx" ON "content_items" USING gin ("image_ids");