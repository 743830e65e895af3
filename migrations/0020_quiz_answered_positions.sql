ALTER TABLE "quiz_papers" ADD COLUMN "answered_positions" smallint[] DEFAULT '{}'::smallint[] NOT NULL;
--> statement-breakpoint
-- Papers answered before this column existed: their answered positions from the question rows.
UPDATE "quiz_papers" p SET "answered_positions" = a.positions
FROM (
  SELECT "paper_id", array_agg("position" ORDER BY "position") AS positions
  FROM "quiz_paper_questions" WHERE "answered_at" IS NOT NULL GROUP BY "paper_id"
) a
WHERE a."paper_id" = p."id";
