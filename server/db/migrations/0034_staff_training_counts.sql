CREATE TABLE "staff_training_counts" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"opd_id" uuid,
	"staff" integer NOT NULL,
	"trained" integer NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_training_counts_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "staff_training_counts_uq" UNIQUE NULLS NOT DISTINCT("region_code","year","opd_id"),
	CONSTRAINT "staff_training_counts_ck" CHECK ("staff_training_counts"."staff" >= 0 and "staff_training_counts"."trained" >= 0 and "staff_training_counts"."trained" <= "staff_training_counts"."staff")
);
--> statement-breakpoint
ALTER TABLE "staff_training_counts" ADD CONSTRAINT "staff_training_counts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_training_counts" ADD CONSTRAINT "staff_training_counts_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;