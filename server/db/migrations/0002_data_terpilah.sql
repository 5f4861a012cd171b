CREATE TABLE "data_reviews" (
	"id" bigserial NOT NULL,
	"region_code" text NOT NULL,
	"opd_id" uuid NOT NULL,
	"period" text NOT NULL,
	"action" text NOT NULL,
	"comment" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_reviews_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "data_value_history" (
	"id" bigserial NOT NULL,
	"region_code" text NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"sex" text NOT NULL,
	"combo_id" integer NOT NULL,
	"old_value" numeric,
	"new_value" numeric,
	"old_status" text,
	"new_status" text,
	"changed_by" uuid,
	"batch_id" bigint,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_value_history_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "data_values" (
	"region_code" text NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"sex" text NOT NULL,
	"combo_id" integer NOT NULL,
	"value" numeric NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text,
	"source_ref" text,
	"batch_id" bigint,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_values_region_code_indicator_code_period_sex_combo_id_pk" PRIMARY KEY("region_code","indicator_code","period","sex","combo_id")
);
--> statement-breakpoint
CREATE TABLE "dimension_combos" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"members" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "dimension_combos_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "dimension_members" (
	"set_code" text NOT NULL,
	"code" text NOT NULL,
	"label_id" text NOT NULL,
	"label_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dimension_members_set_code_code_pk" PRIMARY KEY("set_code","code")
);
--> statement-breakpoint
CREATE TABLE "dimension_sets" (
	"code" text PRIMARY KEY NOT NULL,
	"owner_region_code" text DEFAULT 'ID' NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" bigserial NOT NULL,
	"region_code" text NOT NULL,
	"uploaded_by" uuid,
	"file_name" text NOT NULL,
	"file_bytes" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_valid" integer DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_batches_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "indicator_assignments" (
	"region_code" text NOT NULL,
	"indicator_code" text NOT NULL,
	"opd_id" uuid NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "indicator_assignments_region_code_indicator_code_pk" PRIMARY KEY("region_code","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"owner_region_code" text DEFAULT 'ID' NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"definition_id" text DEFAULT '' NOT NULL,
	"definition_en" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"domain_group" text NOT NULL,
	"periodicity" text DEFAULT 'year' NOT NULL,
	"source" text NOT NULL,
	"source_note" text DEFAULT '' NOT NULL,
	"aggregation" text NOT NULL,
	"numerator_code" text,
	"denominator_code" text,
	"multiplier" numeric,
	"dimensions" text[] DEFAULT '{}'::text[] NOT NULL,
	"sexes" text[] DEFAULT '{P,L}'::text[] NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"percent_bounded" boolean DEFAULT false NOT NULL,
	"jump_warning_pct" numeric,
	"responsible_opd_hint" text,
	"refs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "validation_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_region_code" text DEFAULT 'ID' NOT NULL,
	"left_indicator" text NOT NULL,
	"left_sex" text DEFAULT 'T' NOT NULL,
	"operator" text NOT NULL,
	"right_indicator" text NOT NULL,
	"right_sex" text DEFAULT 'T' NOT NULL,
	"right_factor" numeric DEFAULT '1' NOT NULL,
	"message_id" text NOT NULL,
	"message_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_reviews" ADD CONSTRAINT "data_reviews_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_combo_id_dimension_combos_id_fk" FOREIGN KEY ("combo_id") REFERENCES "public"."dimension_combos"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dimension_members" ADD CONSTRAINT "dimension_members_set_code_dimension_sets_code_fk" FOREIGN KEY ("set_code") REFERENCES "public"."dimension_sets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dimension_sets" ADD CONSTRAINT "dimension_sets_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assignments" ADD CONSTRAINT "indicator_assignments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assignments" ADD CONSTRAINT "indicator_assignments_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assignments" ADD CONSTRAINT "indicator_assignments_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_numerator_code_indicators_code_fk" FOREIGN KEY ("numerator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_denominator_code_indicators_code_fk" FOREIGN KEY ("denominator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "validation_rules" ADD CONSTRAINT "validation_rules_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "validation_rules" ADD CONSTRAINT "validation_rules_left_indicator_indicators_code_fk" FOREIGN KEY ("left_indicator") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "validation_rules" ADD CONSTRAINT "validation_rules_right_indicator_indicators_code_fk" FOREIGN KEY ("right_indicator") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_reviews_key_idx" ON "data_reviews" USING btree ("region_code","opd_id","period");--> statement-breakpoint
CREATE INDEX "data_value_history_key_idx" ON "data_value_history" USING btree ("region_code","indicator_code","period");--> statement-breakpoint
CREATE INDEX "data_values_indicator_period_idx" ON "data_values" USING btree ("indicator_code","period","region_code");--> statement-breakpoint
CREATE INDEX "indicator_assignments_opd_idx" ON "indicator_assignments" USING btree ("region_code","opd_id");--> statement-breakpoint
CREATE INDEX "indicators_group_idx" ON "indicators" USING btree ("domain_group");