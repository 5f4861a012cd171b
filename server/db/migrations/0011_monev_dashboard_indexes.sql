-- Covering indexes for the monev dashboard (docs/performance.md). drizzle-kit cannot declare
-- INCLUDE columns: they are written here by hand; the schema files name the indexes' keys.
DROP INDEX "sub_activities_year_idx";--> statement-breakpoint
DROP INDEX "monev_reports_year_idx";--> statement-breakpoint
CREATE INDEX "sub_activities_dashboard_idx" ON "sub_activities" USING btree ("region_code","year") INCLUDE ("id","opd_id","budget","arg_category");--> statement-breakpoint
CREATE INDEX "monev_beneficiaries_report_idx" ON "monev_beneficiaries" USING btree ("region_code","report_id") INCLUDE ("dimension","category","female","male");--> statement-breakpoint
CREATE INDEX "monev_indicator_progress_report_idx" ON "monev_indicator_progress" USING btree ("region_code","report_id") INCLUDE ("target","achieved");--> statement-breakpoint
CREATE INDEX "monev_reports_dashboard_idx" ON "monev_reports" USING btree ("region_code","year","sub_activity_id","quarter") INCLUDE ("id","opd_id","status","budget_cumulative","output_cumulative","beneficiaries_female","beneficiaries_male","submitted_at");