CREATE TABLE "training_certificate_counters" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "training_certificate_counters_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE TABLE "training_certificate_settings" (
	"region_code" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_position" text NOT NULL,
	"signatory_nip" text DEFAULT '' NOT NULL,
	"number_pattern" text NOT NULL,
	"org_code" text DEFAULT '' NOT NULL,
	"issue_place" text DEFAULT '' NOT NULL,
	"issue_date" date NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_certificate_settings_region_code_meeting_id_pk" PRIMARY KEY("region_code","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "training_certificates" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"participant_key" text NOT NULL,
	"full_name" text NOT NULL,
	"sex" text NOT NULL,
	"institution" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"verification_code" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_certificates_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "training_scores" (
	"region_code" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"participant_key" text NOT NULL,
	"pre_score" numeric(5, 2),
	"post_score" numeric(5, 2),
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_scores_region_code_meeting_id_participant_key_pk" PRIMARY KEY("region_code","meeting_id","participant_key")
);
--> statement-breakpoint
ALTER TABLE "training_certificate_counters" ADD CONSTRAINT "training_certificate_counters_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificate_settings" ADD CONSTRAINT "training_certificate_settings_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_scores" ADD CONSTRAINT "training_scores_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_id_uq" ON "training_certificates" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_number_uq" ON "training_certificates" USING btree ("region_code","number");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_seq_uq" ON "training_certificates" USING btree ("region_code","year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_code_uq" ON "training_certificates" USING btree ("verification_code");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_active_uq" ON "training_certificates" USING btree ("region_code","meeting_id","participant_key") WHERE "training_certificates"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "training_certificates_meeting_idx" ON "training_certificates" USING btree ("region_code","meeting_id");