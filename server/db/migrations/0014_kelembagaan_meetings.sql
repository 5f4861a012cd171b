CREATE TABLE "pug_people" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"name_key" text NOT NULL,
	"sex" text NOT NULL,
	"nip" text,
	"position" text DEFAULT '' NOT NULL,
	"opd_id" uuid,
	"institution" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"merged_into" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pug_people_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"day" date NOT NULL,
	"person_id" uuid,
	"full_name" text NOT NULL,
	"dedup_key" text NOT NULL,
	"sex" text NOT NULL,
	"institution" text DEFAULT '' NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"disability" text,
	"source" text NOT NULL,
	"has_signature" boolean DEFAULT false NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "meeting_attendance_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_days" (
	"region_code" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sign_in_token" text NOT NULL,
	"sign_in_opens_at" timestamp with time zone NOT NULL,
	"sign_in_closes_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_days_region_code_meeting_id_day_pk" PRIMARY KEY("region_code","meeting_id","day")
);
--> statement-breakpoint
CREATE TABLE "meeting_signatures" (
	"region_code" text NOT NULL,
	"attendance_id" uuid NOT NULL,
	"png" "bytea" NOT NULL,
	CONSTRAINT "meeting_signatures_region_code_attendance_id_pk" PRIMARY KEY("region_code","attendance_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"title" text NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"venue" text DEFAULT '' NOT NULL,
	"online_url" text,
	"organiser_opd_id" uuid,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intended_outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"training_hours" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "pug_people" ADD CONSTRAINT "pug_people_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_people" ADD CONSTRAINT "pug_people_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_region_code_meeting_id_day_meeting_days_region_code_meeting_id_day_fk" FOREIGN KEY ("region_code","meeting_id","day") REFERENCES "public"."meeting_days"("region_code","meeting_id","day") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_region_code_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_days" ADD CONSTRAINT "meeting_days_region_code_meeting_id_meetings_region_code_id_fk" FOREIGN KEY ("region_code","meeting_id") REFERENCES "public"."meetings"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_signatures" ADD CONSTRAINT "meeting_signatures_region_code_attendance_id_meeting_attendance_region_code_id_fk" FOREIGN KEY ("region_code","attendance_id") REFERENCES "public"."meeting_attendance"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_region_code_organiser_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","organiser_opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pug_people_id_uq" ON "pug_people" USING btree ("id");--> statement-breakpoint
CREATE INDEX "pug_people_name_idx" ON "pug_people" USING btree ("region_code","name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "pug_people_nip_uq" ON "pug_people" USING btree ("region_code","nip") WHERE "pug_people"."nip" is not null and "pug_people"."merged_into" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_id_uq" ON "meeting_attendance" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_dedup_uq" ON "meeting_attendance" USING btree ("region_code","meeting_id","day","dedup_key");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_days_token_uq" ON "meeting_days" USING btree ("sign_in_token");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_id_uq" ON "meetings" USING btree ("id");--> statement-breakpoint
CREATE INDEX "meetings_region_date_idx" ON "meetings" USING btree ("region_code","starts_on");