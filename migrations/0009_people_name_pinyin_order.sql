-- The member list sorts names by pinyin, as offices read a register, not by code point (which put
-- 何 before 王 only by accident and 张 before 王). hy_pinyin is ICU's Chinese pinyin collation; a
-- PostgreSQL built without ICU gets the code-point order under the same name, so the queries and
-- indexes below stay valid there.
DO $$
BEGIN
  CREATE COLLATION IF NOT EXISTS hy_pinyin (provider = icu, locale = 'zh-u-co-pinyin');
EXCEPTION WHEN OTHERS THEN
  CREATE COLLATION IF NOT EXISTS hy_pinyin FROM "C";
END
$$;
--> statement-breakpoint
-- ICU reads each character by its most common sound, but a surname often has another (曾 zēng, not
-- céng; 单 shàn, not dān). The sort key swaps such a first character for a common one that ICU reads
-- with the surname's sound (曾→增, 单→善, 仇→求, 解→谢, 区→欧, 查→扎, 朴→瓢, 盖→葛, 翟→宅, 乐→岳,
-- 缪→妙, 繁→婆, 覃→秦, 召→邵, 秘→必, 折→舌, 种→虫); the rest of the name is read as written.
CREATE OR REPLACE FUNCTION name_sort_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(left(name, 1), '曾单仇解区查朴盖翟乐缪繁覃召秘折种', '增善求谢欧扎瓢葛宅岳妙婆秦邵必舌虫')
    || substr(name, 2);
--> statement-breakpoint
-- A whole-scope list reads its first page straight off this index.
CREATE INDEX IF NOT EXISTS "people_name_pinyin_idx" ON "people" ((name_sort_key("name") COLLATE hy_pinyin), "id")
  INCLUDE ("org_path");
--> statement-breakpoint
-- A surname search (one character: left(name, 1) = q) reads its page, in pinyin order, off this one.
CREATE INDEX IF NOT EXISTS "people_surname_pinyin_idx" ON "people" (left("name", 1), (name_sort_key("name") COLLATE hy_pinyin), "id")
  INCLUDE ("org_path", "name");
