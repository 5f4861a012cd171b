-- The primary key carries each value and its status (INCLUDE), so reading a region's values
-- summed by indicator, period and sex is an index-only scan: at national scale (≈ 48 k values a
-- region) the portal's region page read them in 60–110 ms through the table and reads them in
-- 25–48 ms from the index alone (bench/portal-pages.ts, docs/performance.md). Drizzle cannot
-- declare INCLUDE; server/db/schema-data.ts says so beside the key.
ALTER TABLE "data_values"
  DROP CONSTRAINT "data_values_region_code_indicator_code_period_sex_combo_id_pk",
  ADD CONSTRAINT "data_values_region_code_indicator_code_period_sex_combo_id_pk"
    PRIMARY KEY ("region_code", "indicator_code", "period", "sex", "combo_id") INCLUDE ("value", "status");
