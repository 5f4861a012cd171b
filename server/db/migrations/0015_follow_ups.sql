CREATE TABLE "follow_up_evidence" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_evidence_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "follow_up_status_history" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_status_history_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" text,
	"text" text NOT NULL,
	"owner_opd_id" uuid,
	"owner_person_id" uuid,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completion_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "follow_ups_one_owner" CHECK (("follow_ups"."owner_opd_id" is null) <> ("follow_ups"."owner_person_id" is null))
);
--> statement-breakpoint
ALTER TABLE "follow_up_evidence" ADD CONSTRAINT "follow_up_evidence_region_code_follow_up_id_follow_ups_region_code_id_fk" FOREIGN KEY ("region_code","follow_up_id") REFERENCES "public"."follow_ups"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_status_history" ADD CONSTRAINT "follow_up_status_history_region_code_follow_up_id_follow_ups_region_code_id_fk" FOREIGN KEY ("region_code","follow_up_id") REFERENCES "public"."follow_ups"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_region_code_owner_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","owner_opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_region_code_owner_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","owner_person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_evidence_id_uq" ON "follow_up_evidence" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_evidence_key_uq" ON "follow_up_evidence" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "follow_up_evidence_follow_up_idx" ON "follow_up_evidence" USING btree ("region_code","follow_up_id");--> statement-breakpoint
CREATE INDEX "follow_up_status_history_idx" ON "follow_up_status_history" USING btree ("region_code","follow_up_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_id_uq" ON "follow_ups" USING btree ("id");--> statement-breakpoint
CREATE INDEX "follow_ups_board_idx" ON "follow_ups" USING btree ("region_code","status","due_date");--> statement-breakpoint
CREATE INDEX "follow_ups_owner_opd_idx" ON "follow_ups" USING btree ("region_code","owner_opd_id","due_date");--> statement-breakpoint
CREATE INDEX "follow_ups_meeting_idx" ON "follow_ups" USING btree ("region_code","meeting_id");--> statement-breakpoint
CREATE INDEX "follow_ups_owner_person_idx" ON "follow_ups" USING btree ("region_code","owner_person_id");