CREATE TABLE "evaluation_cycle_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"name" text NOT NULL,
	"min_score" double precision NOT NULL,
	"max_score" double precision NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "evaluation_cycle_tiers_band" CHECK ("evaluation_cycle_tiers"."min_score" < "evaluation_cycle_tiers"."max_score")
);
--> statement-breakpoint
CREATE TABLE "evaluation_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"award" text NOT NULL,
	"name" text NOT NULL,
	"instrument_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"self_assessment_start" date,
	"self_assessment_end" date,
	"admin_verification_start" date,
	"admin_verification_end" date,
	"field_verification_start" date,
	"field_verification_end" date,
	"final_start" date,
	"final_end" date,
	"national_verifies_kab_kota" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp with time zone,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_cycles_year" CHECK ("evaluation_cycles"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "evaluation_instrument_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instrument_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_instrument_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"label_en" text,
	"score" double precision NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_instrument_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instrument_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"text_en" text,
	"help" text,
	"answer_type" text NOT NULL,
	"max_score" double precision NOT NULL,
	"weight" double precision NOT NULL,
	"thresholds" jsonb,
	"target" double precision,
	"evidence_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"condition_question_code" text,
	"condition_equals" jsonb,
	"position" integer NOT NULL,
	CONSTRAINT "evaluation_instrument_questions_weight" CHECK ("evaluation_instrument_questions"."weight" > 0),
	CONSTRAINT "evaluation_instrument_questions_max" CHECK ("evaluation_instrument_questions"."max_score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"source_note" text DEFAULT '' NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"frozen" boolean DEFAULT false NOT NULL,
	"frozen_at" timestamp with time zone,
	"copied_from" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_instruments_version_positive" CHECK ("evaluation_instruments"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "evaluation_cycle_tiers" ADD CONSTRAINT "evaluation_cycle_tiers_cycle_id_evaluation_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."evaluation_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_cycles" ADD CONSTRAINT "evaluation_cycles_instrument_id_evaluation_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."evaluation_instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_instrument_areas" ADD CONSTRAINT "evaluation_instrument_areas_instrument_id_evaluation_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."evaluation_instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_instrument_options" ADD CONSTRAINT "evaluation_instrument_options_question_id_evaluation_instrument_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."evaluation_instrument_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_instrument_questions" ADD CONSTRAINT "evaluation_instrument_questions_instrument_id_evaluation_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."evaluation_instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_instrument_questions" ADD CONSTRAINT "evaluation_instrument_questions_area_id_evaluation_instrument_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."evaluation_instrument_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_cycle_tiers_name_uq" ON "evaluation_cycle_tiers" USING btree ("cycle_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_cycles_year_award_uq" ON "evaluation_cycles" USING btree ("year","award");--> statement-breakpoint
CREATE INDEX "evaluation_cycles_instrument_idx" ON "evaluation_cycles" USING btree ("instrument_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_instrument_areas_code_uq" ON "evaluation_instrument_areas" USING btree ("instrument_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_instrument_options_code_uq" ON "evaluation_instrument_options" USING btree ("question_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_instrument_questions_code_uq" ON "evaluation_instrument_questions" USING btree ("instrument_id","code");--> statement-breakpoint
CREATE INDEX "evaluation_instrument_questions_area_idx" ON "evaluation_instrument_questions" USING btree ("area_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_instruments_code_version_uq" ON "evaluation_instruments" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_instruments_one_draft_uq" ON "evaluation_instruments" USING btree ("code") WHERE not "evaluation_instruments"."frozen";