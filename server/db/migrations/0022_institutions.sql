CREATE TABLE "account_invites" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_staff" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"profession" text DEFAULT '' NOT NULL,
	"certification" text DEFAULT '' NOT NULL,
	"sex" text NOT NULL,
	"phone" text,
	"email" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_staff_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "institution_status_history" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_status_history_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "institution_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_region_code" text,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"type_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"legal_entity_number" text,
	"legal_entity_date" date,
	"fields" text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text NOT NULL,
	"address_key" text NOT NULL,
	"kecamatan_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"phone" text,
	"email" text,
	"website" text,
	"social_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"logo_file_key" text,
	"logo_content_type" text,
	"listed_publicly" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'aktif' NOT NULL,
	"standard_status" text DEFAULT 'belum' NOT NULL,
	"standard_valid_until" date,
	"standard_decision_number" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institutions_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
ALTER TABLE "account_invites" ADD CONSTRAINT "account_invites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_invites" ADD CONSTRAINT "account_invites_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_accounts" ADD CONSTRAINT "institution_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_accounts" ADD CONSTRAINT "institution_accounts_region_code_institution_id_institutions_region_code_id_fk" FOREIGN KEY ("region_code","institution_id") REFERENCES "public"."institutions"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_staff" ADD CONSTRAINT "institution_staff_region_code_institution_id_institutions_region_code_id_fk" FOREIGN KEY ("region_code","institution_id") REFERENCES "public"."institutions"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_status_history" ADD CONSTRAINT "institution_status_history_region_code_institution_id_institutions_region_code_id_fk" FOREIGN KEY ("region_code","institution_id") REFERENCES "public"."institutions"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_types" ADD CONSTRAINT "institution_types_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_type_id_institution_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."institution_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_invites_user_idx" ON "account_invites" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "institution_accounts_institution_idx" ON "institution_accounts" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_staff_id_uq" ON "institution_staff" USING btree ("id");--> statement-breakpoint
CREATE INDEX "institution_staff_institution_idx" ON "institution_staff" USING btree ("institution_id","sort_order");--> statement-breakpoint
CREATE INDEX "institution_status_history_idx" ON "institution_status_history" USING btree ("institution_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_types_code_uq" ON "institution_types" USING btree (coalesce("owner_region_code", ''),"code");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_id_uq" ON "institutions" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_name_address_uq" ON "institutions" USING btree ("region_code","name_key","address_key");--> statement-breakpoint
CREATE INDEX "institutions_region_name_idx" ON "institutions" USING btree ("region_code","name_key");--> statement-breakpoint
CREATE INDEX "institutions_fields_idx" ON "institutions" USING gin ("fields");--> statement-breakpoint
-- An institution serves in at least one field (domain/institutions/constants.ts SERVICE_FIELDS).
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_fields_ck" CHECK (cardinality("fields") >= 1);--> statement-breakpoint
-- The national default types (domain/institutions/constants.ts DEFAULT_INSTITUTION_TYPES); regions add their own.
INSERT INTO "institution_types" ("code", "name_id", "name_en", "builtin", "sort_order") VALUES
	('lplpp', 'Lembaga Penyedia Layanan Pemberdayaan Perempuan (LPLPP)', 'Women''s empowerment service provider (LPLPP)', true, 1),
	('puspaga', 'Pusat Pembelajaran Keluarga (Puspaga)', 'Family learning centre (Puspaga)', true, 2),
	('lpkk', 'Lembaga penyedia layanan peningkatan kualitas keluarga', 'Family-quality service provider', true, 3),
	('uptd_ppa', 'UPTD Perlindungan Perempuan dan Anak (UPTD PPA)', 'Women''s and children''s protection unit (UPTD PPA)', true, 4),
	('lainnya', 'Lainnya', 'Other', true, 99);
