CREATE TABLE "evaluation_evidence_documents" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"opd_id" uuid,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"uploaded_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_evidence_documents_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "evaluation_evidence_documents_validity_ck" CHECK ("evaluation_evidence_documents"."valid_from" IS NULL OR "evaluation_evidence_documents"."valid_until" IS NULL OR "evaluation_evidence_documents"."valid_from" <= "evaluation_evidence_documents"."valid_until")
);
--> statement-breakpoint
ALTER TABLE "evaluation_evidence_documents" ADD CONSTRAINT "evaluation_evidence_documents_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_evidence_documents" ADD CONSTRAINT "evaluation_evidence_documents_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_evidence_documents_id_uq" ON "evaluation_evidence_documents" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_evidence_documents_key_uq" ON "evaluation_evidence_documents" USING btree ("file_key");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_evidence_documents_title_uq" ON "evaluation_evidence_documents" USING btree ("region_code","year","kind",lower("title"));--> statement-breakpoint
CREATE INDEX "evaluation_evidence_documents_region_year_idx" ON "evaluation_evidence_documents" USING btree ("region_code","year","kind");--> statement-breakpoint
-- The evidence repository's files join the attachments service's removal (migration 0025): rows
-- deleted by any path — a document removed, or a cascade from a deleted OPD — queue the removal
-- of their stored files.
CREATE TRIGGER evaluation_evidence_documents_files_removed AFTER DELETE ON evaluation_evidence_documents
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION attachment_files_removed();
