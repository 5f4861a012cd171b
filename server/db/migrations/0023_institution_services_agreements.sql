CREATE TABLE "service_indicator_mappings" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"indicator_code" text NOT NULL,
	"kinds" text[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_indicator_mappings_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"period" text NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"services_count" integer NOT NULL,
	"female" integer NOT NULL,
	"male" integer NOT NULL,
	"age_0_17" integer NOT NULL,
	"age_18_24" integer NOT NULL,
	"age_25_44" integer NOT NULL,
	"age_45_59" integer NOT NULL,
	"age_60_plus" integer NOT NULL,
	"tg_perempuan" integer,
	"tg_disabilitas" integer,
	"tg_lansia" integer,
	"tg_ibu_hamil" integer,
	"tg_anak" integer,
	"family_dimensions" text[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "agreement_activities" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"done_on" date NOT NULL,
	"description" text NOT NULL,
	"evidence_file_key" text,
	"evidence_file_name" text,
	"evidence_content_type" text,
	"evidence_bytes" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_activities_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"region_code" text NOT NULL,
	"agreement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"opd_id" uuid,
	"institution_id" uuid,
	"partner_id" uuid,
	"name" text DEFAULT '' NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"signed_on" date,
	"signatory_name" text DEFAULT '' NOT NULL,
	"signatory_position" text DEFAULT '' NOT NULL,
	"obligations" text DEFAULT '' NOT NULL,
	CONSTRAINT "agreement_parties_region_code_agreement_id_position_pk" PRIMARY KEY("region_code","agreement_id","position")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"terminated_on" date,
	"termination_reason" text DEFAULT '' NOT NULL,
	"meeting_id" uuid,
	"document_file_key" text,
	"document_file_name" text,
	"document_content_type" text,
	"document_bytes" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "service_indicator_mappings" ADD CONSTRAINT "service_indicator_mappings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_indicator_mappings" ADD CONSTRAINT "service_indicator_mappings_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_region_code_institution_id_institutions_region_code_id_fk" FOREIGN KEY ("region_code","institution_id") REFERENCES "public"."institutions"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_activities" ADD CONSTRAINT "agreement_activities_region_code_agreement_id_agreements_region_code_id_fk" FOREIGN KEY ("region_code","agreement_id") REFERENCES "public"."agreements"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_region_code_agreement_id_agreements_region_code_id_fk" FOREIGN KEY ("region_code","agreement_id") REFERENCES "public"."agreements"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_region_code_institution_id_institutions_region_code_id_fk" FOREIGN KEY ("region_code","institution_id") REFERENCES "public"."institutions"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_region_code_partner_id_pug_partners_region_code_id_fk" FOREIGN KEY ("region_code","partner_id") REFERENCES "public"."pug_partners"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_indicator_mappings_id_uq" ON "service_indicator_mappings" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_indicator_mappings_indicator_uq" ON "service_indicator_mappings" USING btree ("region_code","indicator_code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_id_uq" ON "service_records" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_key_uq" ON "service_records" USING btree ("region_code","institution_id","period","kind");--> statement-breakpoint
CREATE INDEX "service_records_region_year_idx" ON "service_records" USING btree ("region_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_activities_id_uq" ON "agreement_activities" USING btree ("id");--> statement-breakpoint
CREATE INDEX "agreement_activities_agreement_idx" ON "agreement_activities" USING btree ("region_code","agreement_id","done_on");--> statement-breakpoint
CREATE INDEX "agreement_parties_institution_idx" ON "agreement_parties" USING btree ("region_code","institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_id_uq" ON "agreements" USING btree ("id");--> statement-breakpoint
CREATE INDEX "agreements_region_end_idx" ON "agreements" USING btree ("region_code","ends_on");