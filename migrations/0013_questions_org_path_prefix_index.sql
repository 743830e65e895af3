DROP INDEX "questions_org_path_idx";--> statement-breakpoint
CREATE INDEX "questions_org_idx" ON "questions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "questions_org_path_idx" ON "questions" USING btree ("org_path" text_pattern_ops);