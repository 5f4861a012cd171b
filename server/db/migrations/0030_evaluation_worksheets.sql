CREATE TABLE "evaluation_answer_links" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"worksheet_id" uuid NOT NULL,
	"question_code" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"module" text,
	"record_id" text,
	"document_id" uuid,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_answer_links_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "evaluation_answer_links_ref" CHECK (("evaluation_answer_links"."source" = 'live' and "evaluation_answer_links"."module" is not null and "evaluation_answer_links"."record_id" is not null and "evaluation_answer_links"."document_id" is null)
       or ("evaluation_answer_links"."source" = 'upload' and "evaluation_answer_links"."document_id" is not null and "evaluation_answer_links"."record_id" is null))
);
--> statement-breakpoint
CREATE TABLE "evaluation_answer_versions" (
	"region_code" text NOT NULL,
	"worksheet_id" uuid NOT NULL,
	"question_code" text NOT NULL,
	"version" integer NOT NULL,
	"value" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluation_answer_versions_region_code_worksheet_id_question_code_version_pk" PRIMARY KEY("region_code","worksheet_id","question_code","version")
);
--> statement-breakpoint
CREATE TABLE "evaluation_answers" (
	"region_code" text NOT NULL,
	"worksheet_id" uuid NOT NULL,
	"question_code" text NOT NULL,
	"value" jsonb,
	"points" double precision DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"assignee_opd_id" uuid,
	"assignee_user_id" uuid,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_answers_region_code_worksheet_id_question_code_pk" PRIMARY KEY("region_code","worksheet_id","question_code")
);
--> statement-breakpoint
CREATE TABLE "evaluation_decisions" (
	"region_code" text NOT NULL,
	"worksheet_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"question_code" text NOT NULL,
	"decision" text NOT NULL,
	"adjusted_score" double precision,
	"comment" text DEFAULT '' NOT NULL,
	"by_close" boolean DEFAULT false NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_decisions_region_code_worksheet_id_stage_question_code_pk" PRIMARY KEY("region_code","worksheet_id","stage","question_code"),
	CONSTRAINT "evaluation_decisions_score" CHECK (("evaluation_decisions"."decision" = 'adjusted') = ("evaluation_decisions"."adjusted_score" is not null))
);
--> statement-breakpoint
CREATE TABLE "evaluation_replies" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"worksheet_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"question_code" text NOT NULL,
	"body" text NOT NULL,
	"replied_by" uuid,
	"replied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_replies_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_worksheets" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"frozen" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"administrative_closed_at" timestamp with time zone,
	"administrative_closed_by" uuid,
	"field_closed_at" timestamp with time zone,
	"field_closed_by" uuid,
	"total" double precision DEFAULT 0 NOT NULL,
	"tier" text,
	"scores" jsonb DEFAULT '{"self":{"total":0,"byArea":{}}}'::jsonb NOT NULL,
	"evidence_required" integer DEFAULT 0 NOT NULL,
	"evidence_complete" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"shown" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_worksheets_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_answer_links" ADD CONSTRAINT "evaluation_answer_links_region_code_worksheet_id_evaluation_worksheets_region_code_id_fk" FOREIGN KEY ("region_code","worksheet_id") REFERENCES "public"."evaluation_worksheets"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_answer_versions" ADD CONSTRAINT "evaluation_answer_versions_region_code_worksheet_id_evaluation_worksheets_region_code_id_fk" FOREIGN KEY ("region_code","worksheet_id") REFERENCES "public"."evaluation_worksheets"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_region_code_worksheet_id_evaluation_worksheets_region_code_id_fk" FOREIGN KEY ("region_code","worksheet_id") REFERENCES "public"."evaluation_worksheets"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_decisions" ADD CONSTRAINT "evaluation_decisions_region_code_worksheet_id_evaluation_worksheets_region_code_id_fk" FOREIGN KEY ("region_code","worksheet_id") REFERENCES "public"."evaluation_worksheets"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_replies" ADD CONSTRAINT "evaluation_replies_region_code_worksheet_id_evaluation_worksheets_region_code_id_fk" FOREIGN KEY ("region_code","worksheet_id") REFERENCES "public"."evaluation_worksheets"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_worksheets" ADD CONSTRAINT "evaluation_worksheets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_worksheets" ADD CONSTRAINT "evaluation_worksheets_cycle_id_evaluation_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."evaluation_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_answer_links_once_uq" ON "evaluation_answer_links" USING btree ("worksheet_id","question_code",coalesce("module", ''),coalesce("record_id", "document_id"::text));--> statement-breakpoint
CREATE INDEX "evaluation_answer_links_question_idx" ON "evaluation_answer_links" USING btree ("region_code","worksheet_id","question_code");--> statement-breakpoint
CREATE INDEX "evaluation_answers_opd_idx" ON "evaluation_answers" USING btree ("region_code","assignee_opd_id");--> statement-breakpoint
CREATE INDEX "evaluation_replies_question_idx" ON "evaluation_replies" USING btree ("region_code","worksheet_id","stage","question_code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_worksheets_id_uq" ON "evaluation_worksheets" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_worksheets_cycle_region_uq" ON "evaluation_worksheets" USING btree ("cycle_id","region_code");--> statement-breakpoint
CREATE INDEX "evaluation_worksheets_cycle_idx" ON "evaluation_worksheets" USING btree ("cycle_id","status");