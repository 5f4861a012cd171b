-- An OPD that evidence documents name is no longer deleted with them (0029 cascaded): removing
-- the demo deactivates a demo OPD that a region's own upload names instead of deleting the upload.
ALTER TABLE "evaluation_evidence_documents" DROP CONSTRAINT "evaluation_evidence_documents_region_code_opd_id_opd_region_code_id_fk";
--> statement-breakpoint
ALTER TABLE "evaluation_evidence_documents" ADD CONSTRAINT "evaluation_evidence_documents_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;