-- Platform SQL that drizzle-kit cannot generate: the month-partitioned behaviour-event table and the
-- append-only guard of the audit log. Copied verbatim into a custom migration by scripts/regen-migrations.sh.

CREATE TABLE IF NOT EXISTS events (
  id bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  type text NOT NULL,
  actor_account_id uuid,
  person_id uuid,
  acting_for_person_id uuid,
  delegation_id uuid,
  org_id integer,
  org_path text,
  subject_type text,
  subject_id text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The writing transaction: the outbox dispatcher's cursor order (see platform/events/dispatcher.ts).
  tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS events_default PARTITION OF events DEFAULT;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS events_org_path_idx ON events (org_path text_pattern_ops, occurred_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS events_person_idx ON events (person_id, occurred_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS events_type_idx ON events (type, occurred_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS events_tx_idx ON events (tx_id, id);
--> statement-breakpoint
-- Creates the monthly partitions from the month of `start` through `months_ahead` months later.
-- Called at every migration and daily by the worker, so writes never land in the default partition.
CREATE OR REPLACE FUNCTION ensure_event_partitions(start timestamptz, months_ahead integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', start AT TIME ZONE 'Asia/Shanghai')::date;
  created integer := 0;
  name text;
BEGIN
  FOR i IN 0..months_ahead LOOP
    name := format('events_%s', to_char(m + make_interval(months => i), 'YYYYMM'));
    IF to_regclass(name) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
        name,
        (m + make_interval(months => i))::timestamp AT TIME ZONE 'Asia/Shanghai',
        (m + make_interval(months => i + 1))::timestamp AT TIME ZONE 'Asia/Shanghai'
      );
      created := created + 1;
    END IF;
  END LOOP;
  RETURN created;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
