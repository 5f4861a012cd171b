CREATE TABLE "pokja_plan_progress" (
	"region_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"row_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"realisation" text DEFAULT '' NOT NULL,
	"achievement" numeric(6, 2),
	"status" text,
	"note" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pokja_plan_progress_region_code_plan_id_row_id_year_pk" PRIMARY KEY("region_code","plan_id","row_id","year")
);
--> statement-breakpoint
CREATE TABLE "pokja_plan_versions" (
	"region_code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pokja_plan_versions_region_code_plan_id_version_pk" PRIMARY KEY("region_code","plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "pokja_plans" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"revises_plan_id" uuid,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"adoption_reference" text DEFAULT '' NOT NULL,
	"adopted_at" timestamp with time zone,
	"adopted_by" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pokja_plans_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "pokja_plan_progress" ADD CONSTRAINT "pokja_plan_progress_region_code_plan_id_pokja_plans_region_code_id_fk" FOREIGN KEY ("region_code","plan_id") REFERENCES "public"."pokja_plans"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_plan_versions" ADD CONSTRAINT "pokja_plan_versions_region_code_plan_id_pokja_plans_region_code_id_fk" FOREIGN KEY ("region_code","plan_id") REFERENCES "public"."pokja_plans"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_plans" ADD CONSTRAINT "pokja_plans_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_plans" ADD CONSTRAINT "pokja_plans_region_code_revises_plan_id_pokja_plans_region_code_id_fk" FOREIGN KEY ("region_code","revises_plan_id") REFERENCES "public"."pokja_plans"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pokja_plans_id_uq" ON "pokja_plans" USING btree ("id");--> statement-breakpoint
CREATE INDEX "pokja_plans_region_year_idx" ON "pokja_plans" USING btree ("region_code","start_year");