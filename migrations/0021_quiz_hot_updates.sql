-- Room on each page for an answer's updates to stay there (HOT updates): a paper row is updated once
-- per answer (correct, answered_positions: no index covers them) and each question row once. At
-- fillfactor 100 a fresh paper's page is full, so every answer wrote the new row version to another
-- page and added an entry to each of the table's indexes (seven on quiz_papers). Applies to pages
-- written from now on; the last answer, which sets completed_at (in two partial indexes' predicates),
-- is never HOT.
ALTER TABLE "quiz_papers" SET (fillfactor = 60);
--> statement-breakpoint
ALTER TABLE "quiz_paper_questions" SET (fillfactor = 70);
