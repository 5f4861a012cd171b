CREATE TABLE "focal_points" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"opd_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"sk_number" text DEFAULT '' NOT NULL,
	"sk_date" date,
	"file_key" text,
	"file_name" text,
	"file_bytes" integer,
	"training_status" text DEFAULT 'belum' NOT NULL,
	"training_year" integer,
	"ended_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focal_points_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "official_counts" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"opd_id" uuid,
	"echelon" text NOT NULL,
	"women" integer NOT NULL,
	"men" integer NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_counts_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "official_counts_uq" UNIQUE NULLS NOT DISTINCT("region_code","year","opd_id","echelon"),
	CONSTRAINT "official_counts_nonneg_ck" CHECK ("official_counts"."women" >= 0 and "official_counts"."men" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pokja_decrees" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sk_number" text NOT NULL,
	"sk_date" date NOT NULL,
	"signatory" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"notes" text DEFAULT '' NOT NULL,
	"file_key" text,
	"file_name" text,
	"file_bytes" integer,
	"replaced_by" uuid,
	"replaced_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pokja_decrees_region_code_id_pk" PRIMARY KEY("region_code","id"),
	CONSTRAINT "pokja_decrees_validity_ck" CHECK ("pokja_decrees"."valid_to" is null or "pokja_decrees"."valid_to" >= "pokja_decrees"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "pokja_members" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"decree_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"opd_id" uuid,
	"position" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pokja_members_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "pug_partner_contacts" (
	"region_code" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pug_partner_contacts_region_code_partner_id_person_id_pk" PRIMARY KEY("region_code","partner_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "pug_partners" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pug_partners_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "pug_team_members" (
	"region_code" text NOT NULL,
	"team_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'anggota' NOT NULL,
	"opd_id" uuid,
	"position" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pug_team_members_region_code_team_id_person_id_pk" PRIMARY KEY("region_code","team_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "pug_teams" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sk_number" text DEFAULT '' NOT NULL,
	"sk_date" date,
	"notes" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pug_teams_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_region_code_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_counts" ADD CONSTRAINT "official_counts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_counts" ADD CONSTRAINT "official_counts_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_decrees" ADD CONSTRAINT "pokja_decrees_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_members" ADD CONSTRAINT "pokja_members_region_code_decree_id_pokja_decrees_region_code_id_fk" FOREIGN KEY ("region_code","decree_id") REFERENCES "public"."pokja_decrees"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_members" ADD CONSTRAINT "pokja_members_region_code_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja_members" ADD CONSTRAINT "pokja_members_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_partner_contacts" ADD CONSTRAINT "pug_partner_contacts_region_code_partner_id_pug_partners_region_code_id_fk" FOREIGN KEY ("region_code","partner_id") REFERENCES "public"."pug_partners"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_partner_contacts" ADD CONSTRAINT "pug_partner_contacts_region_code_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_partners" ADD CONSTRAINT "pug_partners_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_team_members" ADD CONSTRAINT "pug_team_members_region_code_team_id_pug_teams_region_code_id_fk" FOREIGN KEY ("region_code","team_id") REFERENCES "public"."pug_teams"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_team_members" ADD CONSTRAINT "pug_team_members_region_code_person_id_pug_people_region_code_id_fk" FOREIGN KEY ("region_code","person_id") REFERENCES "public"."pug_people"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_team_members" ADD CONSTRAINT "pug_team_members_region_code_opd_id_opd_region_code_id_fk" FOREIGN KEY ("region_code","opd_id") REFERENCES "public"."opd"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pug_teams" ADD CONSTRAINT "pug_teams_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "focal_points_id_uq" ON "focal_points" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "focal_points_open_uq" ON "focal_points" USING btree ("region_code","opd_id","person_id") WHERE "focal_points"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "focal_points_person_idx" ON "focal_points" USING btree ("region_code","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pokja_decrees_id_uq" ON "pokja_decrees" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "pokja_decrees_current_uq" ON "pokja_decrees" USING btree ("region_code") WHERE "pokja_decrees"."replaced_by" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "pokja_members_person_uq" ON "pokja_members" USING btree ("decree_id","person_id");--> statement-breakpoint
CREATE INDEX "pokja_members_person_idx" ON "pokja_members" USING btree ("region_code","person_id");--> statement-breakpoint
CREATE INDEX "pug_partner_contacts_person_idx" ON "pug_partner_contacts" USING btree ("region_code","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pug_partners_id_uq" ON "pug_partners" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "pug_partners_name_uq" ON "pug_partners" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "pug_team_members_person_idx" ON "pug_team_members" USING btree ("region_code","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pug_teams_id_uq" ON "pug_teams" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "pug_teams_name_uq" ON "pug_teams" USING btree ("region_code","name");