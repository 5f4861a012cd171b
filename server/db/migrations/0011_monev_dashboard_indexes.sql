-- Covering indexes for the monev dashboard (docs/performance.md). drizzle-kit cannot declare
-- INCLUDE columns: they are written here by hand; the schema files name the indexes' keys.
DROP INDEX "sub_activities_year_idx";--> statement-breakpoint
DROP INDEX "monev_reports_year_idx";--> statement-breakpoint
CREATE INDEX "sub_activities_dashboard_idx" ON "sub_activities" USING btree ("region_code","year") INCLUDE ("id","opd_id","budget","arg_category");--> statement-breakpoint
CREATE INDEX "monev_beneficiaries_report_idx" ON "monev_beneficiaries" USING btree ("region_code","report_id") INCLUDE ("dimension","category","female","male");--> statement-breakpoint
CREATE INDEX "monev_indicator_progress_report_idx" ON "monev_indicator_progress" USING btree ("region_code","report_id") INCLUDE ("target","achieved");--> statement-breakpoint
CREATE INDEX "monev_reports_dashboard_idx" ON "monev_reports" USING btree ("region_code","year","sub_activity_id","quarter") INCLUDE ("id","opd_id","status","budget_cumulative","output_cumulative","beneficiaries_female","beneficiaries_male","submitted_at");--> statement-breakpoint
-- The province side by side keeps each kab/kota's figures of a year (and its trend, year 0) in
-- monev_dashboard_cache, valid while the kab/kota's generation in monev_dashboard_stamps is the
-- one it was computed at and the same of its four deadlines have passed ("late" depends on the
-- day only through them: deadlines_passed is a bit per quarter). Every
-- statement that changes what the figures are made of bumps the generation of the regions it
-- touched, in its own transaction, by the triggers below: no writer can forget it (imports,
-- seeds and bulk COPY included). Raw SQL, outside the drizzle schema: plain analytics storage.
CREATE TABLE "monev_dashboard_stamps" (
	"region_code" text PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monev_dashboard_cache" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"deadlines_passed" smallint NOT NULL,
	"generation" bigint NOT NULL,
	"figures" jsonb NOT NULL,
	CONSTRAINT "monev_dashboard_cache_pk" PRIMARY KEY ("region_code", "year")
);
--> statement-breakpoint
CREATE FUNCTION "monev_dashboard_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- In code order, so two statements touching the same regions lock their stamps alike.
	INSERT INTO monev_dashboard_stamps (region_code)
		SELECT DISTINCT region_code FROM changed ORDER BY 1
	ON CONFLICT (region_code) DO UPDATE SET generation = monev_dashboard_stamps.generation + 1;
	RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['sub_activities', 'gap_documents', 'monev_settings', 'monev_reports',
		'monev_beneficiaries', 'monev_indicator_progress']
	LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION monev_dashboard_touch()', t || '_dashboard_ins', t);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION monev_dashboard_touch()', t || '_dashboard_upd', t);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION monev_dashboard_touch()', t || '_dashboard_del', t);
	END LOOP;
END $$;
