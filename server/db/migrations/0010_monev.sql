CREATE TABLE "monev_beneficiaries" (
	"region_code" text NOT NULL,
	"report_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"category" text NOT NULL,
	"female" integer DEFAULT 0 NOT NULL,
	"male" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monev_beneficiaries_region_code_report_id_dimension_category_pk" PRIMARY KEY("region_code","report_id","dimension","category")
);
--> statement-breakpoint
CREATE TABLE "monev_comments" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"submission" integer NOT NULL,
	"field" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monev_comments_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "monev_evidence" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monev_evidence_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "monev_indicator_progress" (
	"region_code" text NOT NULL,
	"report_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"achieved" numeric(18, 2),
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "monev_indicator_progress_region_code_report_id_indicator_id_pk" PRIMARY KEY("region_code","report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "monev_reports" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"opd_id" uuid NOT NULL,
	"sub_activity_id" uuid NOT NULL,
	"quarter" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"entry_mode" text DEFAULT 'increment' NOT NULL,
	"budget_addition" numeric(18, 2),
	"budget_cumulative" numeric(18, 2),
	"output_addition" numeric(18, 2),
	"output_cumulative" numeric(18, 2),
	"beneficiaries_female" integer,
	"beneficiaries_male" integer,
	"kendala" text DEFAULT '' NOT NULL,
	"tindak_lanjut" text DEFAULT '' NOT NULL,
	"over_confirmed" boolean DEFAULT false NOT NULL,
	"over_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submission" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"returned_at" timestamp with time zone,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monev_reports_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "monev_settings" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"threshold_q1" numeric(5, 2),
	"threshold_q2" numeric(5, 2),
	"threshold_q3" numeric(5, 2),
	"threshold_q4" numeric(5, 2),
	"deadline_q1" date,
	"deadline_q2" date,
	"deadline_q3" date,
	"deadline_q4" date,
	"source_note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monev_settings_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
ALTER TABLE "monev_beneficiaries" ADD CONSTRAINT "monev_beneficiaries_region_code_report_id_monev_reports_region_code_id_fk" FOREIGN KEY ("region_code","report_id") REFERENCES "public"."monev_reports"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_comments" ADD CONSTRAINT "monev_comments_region_code_report_id_monev_reports_region_code_id_fk" FOREIGN KEY ("region_code","report_id") REFERENCES "public"."monev_reports"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_evidence" ADD CONSTRAINT "monev_evidence_region_code_report_id_monev_reports_region_code_id_fk" FOREIGN KEY ("region_code","report_id") REFERENCES "public"."monev_reports"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_indicator_progress" ADD CONSTRAINT "monev_indicator_progress_region_code_report_id_monev_reports_region_code_id_fk" FOREIGN KEY ("region_code","report_id") REFERENCES "public"."monev_reports"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_reports" ADD CONSTRAINT "monev_reports_region_code_sub_activity_id_sub_activities_region_code_id_fk" FOREIGN KEY ("region_code","sub_activity_id") REFERENCES "public"."sub_activities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_reports" ADD CONSTRAINT "monev_reports_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monev_settings" ADD CONSTRAINT "monev_settings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monev_comments_report_idx" ON "monev_comments" USING btree ("region_code","report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "monev_evidence_id_uq" ON "monev_evidence" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "monev_evidence_key_uq" ON "monev_evidence" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "monev_evidence_report_idx" ON "monev_evidence" USING btree ("region_code","report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monev_reports_id_uq" ON "monev_reports" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "monev_reports_line_quarter_uq" ON "monev_reports" USING btree ("region_code","sub_activity_id","quarter");--> statement-breakpoint
CREATE INDEX "monev_reports_year_idx" ON "monev_reports" USING btree ("region_code","year","opd_id","quarter");--> statement-breakpoint
CREATE INDEX "monev_reports_status_idx" ON "monev_reports" USING btree ("region_code","year","status");