DROP INDEX "quiz_papers_open_deadline_idx";--> statement-breakpoint
DROP INDEX "idempotency_keys_created_idx";--> statement-breakpoint
CREATE INDEX "quiz_papers_open_deadline_idx" ON "quiz_papers" USING btree ("deadline_at") WHERE "quiz_papers"."completed_at" is null and "quiz_papers"."deadline_at" is not null;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING brin ("created_at");