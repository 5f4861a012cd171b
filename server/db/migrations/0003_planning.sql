CREATE TABLE "gap_documents" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sub_activity_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"gap" jsonb NOT NULL,
	"gbs" jsonb,
	"tor" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"submission" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	CONSTRAINT "gap_documents_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "gap_review_events" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"submission" integer NOT NULL,
	"kind" text NOT NULL,
	"target" text,
	"body" text DEFAULT '' NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gap_review_events_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "gap_versions" (
	"region_code" text NOT NULL,
	"document_id" uuid NOT NULL,
	"submission" integer NOT NULL,
	"gap" jsonb NOT NULL,
	"gbs" jsonb,
	"tor" jsonb,
	"submitted_by" uuid,
	"submitted_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gap_versions_region_code_document_id_submission_pk" PRIMARY KEY("region_code","document_id","submission")
);
--> statement-breakpoint
CREATE TABLE "nomenclature" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name" text NOT NULL,
	"performance" text DEFAULT '' NOT NULL,
	"indicator" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opd_signatories" (
	"region_code" text NOT NULL,
	"opd_id" uuid NOT NULL,
	"name" text NOT NULL,
	"nip" text DEFAULT '' NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"rank" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opd_signatories_region_code_opd_id_pk" PRIMARY KEY("region_code","opd_id")
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"opd_id" uuid,
	"kind" text NOT NULL,
	"statement" text NOT NULL,
	"indicator_name" text NOT NULL,
	"indicator_code" text,
	"is_gender" boolean DEFAULT false NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"year_targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_targets_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "region_letterheads" (
	"region_code" text PRIMARY KEY NOT NULL,
	"government_name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"place" text NOT NULL,
	"logo" "bytea",
	"logo_mime" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rpjmd_periods" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rpjmd_periods_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "sub_activities" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"opd_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"output_indicator" text DEFAULT '' NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"budget" numeric(18, 2) NOT NULL,
	"arg_category" text,
	"arg_amount" numeric(18, 2),
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sub_activities_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "gap_documents" ADD CONSTRAINT "gap_documents_region_code_sub_activity_id_sub_activities_region_code_id_fk" FOREIGN KEY ("region_code","sub_activity_id") REFERENCES "public"."sub_activities"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_documents" ADD CONSTRAINT "gap_documents_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_review_events" ADD CONSTRAINT "gap_review_events_region_code_document_id_gap_documents_region_code_id_fk" FOREIGN KEY ("region_code","document_id") REFERENCES "public"."gap_documents"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_versions" ADD CONSTRAINT "gap_versions_region_code_document_id_gap_documents_region_code_id_fk" FOREIGN KEY ("region_code","document_id") REFERENCES "public"."gap_documents"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opd_signatories" ADD CONSTRAINT "opd_signatories_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_region_code_period_id_rpjmd_periods_region_code_id_fk" FOREIGN KEY ("region_code","period_id") REFERENCES "public"."rpjmd_periods"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_letterheads" ADD CONSTRAINT "region_letterheads_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpjmd_periods" ADD CONSTRAINT "rpjmd_periods_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_activities" ADD CONSTRAINT "sub_activities_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gap_documents_id_uq" ON "gap_documents" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "gap_documents_sub_activity_uq" ON "gap_documents" USING btree ("region_code","sub_activity_id");--> statement-breakpoint
CREATE INDEX "gap_documents_year_status_idx" ON "gap_documents" USING btree ("region_code","year","status");--> statement-breakpoint
CREATE INDEX "gap_review_events_document_idx" ON "gap_review_events" USING btree ("region_code","document_id","at");--> statement-breakpoint
CREATE INDEX "nomenclature_parent_idx" ON "nomenclature" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_targets_id_uq" ON "plan_targets" USING btree ("id");--> statement-breakpoint
CREATE INDEX "plan_targets_period_idx" ON "plan_targets" USING btree ("region_code","period_id","opd_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rpjmd_periods_id_uq" ON "rpjmd_periods" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "rpjmd_periods_region_start_uq" ON "rpjmd_periods" USING btree ("region_code","start_year");--> statement-breakpoint
CREATE UNIQUE INDEX "sub_activities_id_uq" ON "sub_activities" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "sub_activities_line_uq" ON "sub_activities" USING btree ("region_code","year","opd_id","code");--> statement-breakpoint
CREATE INDEX "sub_activities_year_idx" ON "sub_activities" USING btree ("region_code","year");