CREATE TABLE "meeting_invitees" (
	"region_code" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"emailed_at" timestamp with time zone,
	"notified_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "meeting_invitees_region_code_meeting_id_person_id_pk" PRIMARY KEY("region_code","meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_letters" (
	"region_code" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"letter_number" text NOT NULL,
	"letter_date" date NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_position" text NOT NULL,
	"signatory_nip" text,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_letters_region_code_meeting_id_pk" PRIMARY KEY("region_code","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_materials" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_materials_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_minutes" (
	"region_code" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_minutes_region_code_meeting_id_pk" PRIMARY KEY("region_code","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_templates" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intended_outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"training_hours" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_templates_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_region_code_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_letters" ADD CONSTRAINT "meeting_letters_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_materials" ADD CONSTRAINT "meeting_materials_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_templates" ADD CONSTRAINT "meeting_templates_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_invitees_person_idx" ON "meeting_invitees" USING btree ("region_code","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_materials_id_uq" ON "meeting_materials" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_materials_key_uq" ON "meeting_materials" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "meeting_materials_meeting_idx" ON "meeting_materials" USING btree ("region_code","meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_templates_id_uq" ON "meeting_templates" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_templates_name_uq" ON "meeting_templates" USING btree ("region_code","name");