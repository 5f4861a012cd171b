CREATE TABLE "attendance_scans" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"day" date NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_scans_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "attendance_scans" ADD CONSTRAINT "attendance_scans_region_code_meeting_id_day_meeting_days_region_code_meeting_id_day_fk" FOREIGN KEY ("region_code","meeting_id","day") REFERENCES "public"."meeting_days"("region_code","meeting_id","day") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_scans_id_uq" ON "attendance_scans" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_scans_key_uq" ON "attendance_scans" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "attendance_scans_meeting_idx" ON "attendance_scans" USING btree ("region_code","meeting_id","day");