-- Name search over Chinese names. pg_trgm extracts no trigrams from CJK text in a C-locale cluster
-- (and a 1–2-character query has none in any locale), so the old trigram index matched every row.
-- name_grams(name) is the set of the name's characters and character pairs: a query of two
-- or more characters needs all its pairs, which a GIN index answers; the match is then confirmed with
-- strpos. A one-character query is a surname search, answered by the btree prefix index below.
CREATE OR REPLACE FUNCTION name_grams(name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array(SELECT DISTINCT substr(lower(name), i, n)
    FROM generate_series(1, char_length(name)) AS i, (VALUES (1), (2)) AS v(n)
    WHERE i + n - 1 <= char_length(name));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_name_grams_idx" ON "people" USING gin (name_grams("name"));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_name_prefix_idx" ON "people" ("name" COLLATE "C", "id") INCLUDE ("org_path");
--> statement-breakpoint
-- Organisation names have the same problem; their search has no surname case, so one character
-- looks up the single-character grams.
CREATE INDEX IF NOT EXISTS "orgs_name_grams_idx" ON "orgs" USING gin (name_grams("name"));
