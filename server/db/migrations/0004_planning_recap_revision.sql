-- A counter per region that every change to its sub-kegiatan or to a GAP document's status
-- moves on, so the ARG recap can be cached and checked for freshness with one key lookup
-- (server/modules/planning/recap-cache.ts). Triggers keep it right whoever writes: the API,
-- the budget import, the demo seed or a script.
CREATE TABLE "planning_revisions" (
  "region_code" text PRIMARY KEY NOT NULL,
  "revision" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION planning_bump_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO planning_revisions (region_code)
    SELECT DISTINCT region_code FROM new_rows ORDER BY 1
  ON CONFLICT (region_code) DO UPDATE SET revision = planning_revisions.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION planning_bump_old_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO planning_revisions (region_code)
    SELECT DISTINCT region_code FROM old_rows ORDER BY 1
  ON CONFLICT (region_code) DO UPDATE SET revision = planning_revisions.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION planning_bump_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  region text := CASE WHEN TG_OP = 'DELETE' THEN OLD.region_code ELSE NEW.region_code END;
BEGIN
  INSERT INTO planning_revisions (region_code) VALUES (region)
  ON CONFLICT (region_code) DO UPDATE SET revision = planning_revisions.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Statement level for sub-kegiatan: an import of thousands of lines bumps once.
CREATE TRIGGER sub_activities_revision_insert AFTER INSERT ON sub_activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION planning_bump_new_rows();
--> statement-breakpoint
CREATE TRIGGER sub_activities_revision_update AFTER UPDATE ON sub_activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION planning_bump_new_rows();
--> statement-breakpoint
CREATE TRIGGER sub_activities_revision_delete AFTER DELETE ON sub_activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION planning_bump_old_rows();
--> statement-breakpoint
-- Row level for GAP documents, and only when what the recap reads changes: saving a draft's
-- content does not make the recap stale.
CREATE TRIGGER gap_documents_revision_insert AFTER INSERT OR DELETE ON gap_documents
  FOR EACH ROW EXECUTE FUNCTION planning_bump_row();
--> statement-breakpoint
CREATE TRIGGER gap_documents_revision_update AFTER UPDATE ON gap_documents
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.sub_activity_id IS DISTINCT FROM NEW.sub_activity_id)
  EXECUTE FUNCTION planning_bump_row();
--> statement-breakpoint
-- The recap names OPDs and lists the active ones: renaming or deactivating one moves it on too.
CREATE TRIGGER opd_revision_update AFTER UPDATE ON opd
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION planning_bump_new_rows();
