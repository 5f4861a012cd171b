-- Custom SQL migration file, put your code below! --
-- The evidence files of standardisation dossiers (institution-standards) join the attachments
-- service's removal (migration 0025): rows deleted by any path — a file removed, or a cascade
-- from a deleted dossier or institution — queue the removal of their stored files.
CREATE TRIGGER institution_dossier_evidence_files_removed AFTER DELETE ON institution_dossier_evidence
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();
