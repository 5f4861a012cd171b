CREATE TABLE "annual_report_versions" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"narrative" jsonb NOT NULL,
	"signatory" jsonb NOT NULL,
	"restored_from" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_report_versions_region_code_year_version_pk" PRIMARY KEY("region_code","year","version")
);
--> statement-breakpoint
ALTER TABLE "annual_report_versions" ADD CONSTRAINT "annual_report_versions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;