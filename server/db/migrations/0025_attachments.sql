-- Attachments (server/lib/attachments): when a row naming a stored file goes — removed on its
-- own, or with its parent by a cascade (a meeting, one of its days, a follow-up) — the file must
-- leave the file store, but only once that deletion has committed. The trigger writes a job
-- into the deleting transaction: it exists exactly when the deletion committed, and the job
-- queue removes the files afterwards, with its retries, whichever code path deleted the rows.
-- A table of another module joins with one CREATE TRIGGER like those below (column file_key).
CREATE FUNCTION attachment_files_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO jobs (kind, payload)
  SELECT 'attachments.remove_files', jsonb_build_object('keys', jsonb_agg(gone.file_key))
  FROM gone
  HAVING count(*) > 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER monev_evidence_files_removed AFTER DELETE ON monev_evidence
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();
--> statement-breakpoint
CREATE TRIGGER meeting_materials_files_removed AFTER DELETE ON meeting_materials
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();
--> statement-breakpoint
CREATE TRIGGER attendance_scans_files_removed AFTER DELETE ON attendance_scans
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();
--> statement-breakpoint
CREATE TRIGGER follow_up_evidence_files_removed AFTER DELETE ON follow_up_evidence
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();
