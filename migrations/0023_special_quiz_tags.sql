-- A special quiz may draw only among bank questions having any of its tags (empty: the whole bank).
ALTER TABLE "special_quizzes" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;