CREATE TABLE "profil_publications" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"file_key" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	CONSTRAINT "profil_publications_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
ALTER TABLE "profil_publications" ADD CONSTRAINT "profil_publications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profil_publications" ADD CONSTRAINT "profil_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;