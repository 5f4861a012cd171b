CREATE TABLE "monev_scoring_configs" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"source_note" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"grades" jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monev_scoring_configs_region_code_year_version_pk" PRIMARY KEY("region_code","year","version")
);
--> statement-breakpoint
ALTER TABLE "monev_scoring_configs" ADD CONSTRAINT "monev_scoring_configs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;