CREATE TABLE "institution_dossier_answers" (
	"region_code" text NOT NULL,
	"dossier_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"value" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"review" text,
	"review_comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_dossier_answers_region_code_dossier_id_criterion_id_pk" PRIMARY KEY("region_code","dossier_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "institution_dossier_evidence" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_dossier_evidence_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "institution_dossier_history" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_dossier_history_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "institution_dossiers" (
	"region_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL,
	"stage" text DEFAULT 'draft' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"outcome" text,
	"decision_number" text,
	"decision_date" date,
	"valid_until" date,
	"decision_note" text,
	"decided_by" uuid,
	"verification_code" text,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_dossiers_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "institution_standard_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"standard_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"scale_max" integer,
	"thresholds" jsonb,
	"weight" double precision NOT NULL,
	"evidence_expected" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_standard_elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"standard_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"weight" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"institution_type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"source_note" text DEFAULT '' NOT NULL,
	"validity_months" integer,
	"national_review" boolean DEFAULT false NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_standards_validity" CHECK ("institution_standards"."validity_months" is null or "institution_standards"."validity_months" between 1 and 240)
);
--> statement-breakpoint
ALTER TABLE "institution_dossier_answers" ADD CONSTRAINT "institution_dossier_answers_criterion_id_institution_standard_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."institution_standard_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_dossier_answers" ADD CONSTRAINT "institution_dossier_answers_region_code_dossier_id_institution_dossiers_region_code_id_fk" FOREIGN KEY ("region_code","dossier_id") REFERENCES "public"."institution_dossiers"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_dossier_evidence" ADD CONSTRAINT "institution_dossier_evidence_criterion_id_institution_standard_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."institution_standard_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_dossier_evidence" ADD CONSTRAINT "institution_dossier_evidence_region_code_dossier_id_institution_dossiers_region_code_id_fk" FOREIGN KEY ("region_code","dossier_id") REFERENCES "public"."institution_dossiers"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_dossier_history" ADD CONSTRAINT "institution_dossier_history_region_code_dossier_id_institution_dossiers_region_code_id_fk" FOREIGN KEY ("region_code","dossier_id") REFERENCES "public"."institution_dossiers"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_dossiers" ADD CONSTRAINT "institution_dossiers_standard_id_institution_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."institution_standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_dossiers" ADD CONSTRAINT "institution_dossiers_region_code_institution_id_institutions_region_code_id_fk" FOREIGN KEY ("region_code","institution_id") REFERENCES "public"."institutions"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_standard_criteria" ADD CONSTRAINT "institution_standard_criteria_standard_id_institution_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."institution_standards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_standard_criteria" ADD CONSTRAINT "institution_standard_criteria_element_id_institution_standard_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."institution_standard_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_standard_elements" ADD CONSTRAINT "institution_standard_elements_standard_id_institution_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."institution_standards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "institution_dossier_evidence_id_uq" ON "institution_dossier_evidence" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_dossier_evidence_key_uq" ON "institution_dossier_evidence" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "institution_dossier_evidence_dossier_idx" ON "institution_dossier_evidence" USING btree ("region_code","dossier_id","criterion_id");--> statement-breakpoint
CREATE INDEX "institution_dossier_history_idx" ON "institution_dossier_history" USING btree ("region_code","dossier_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_dossiers_id_uq" ON "institution_dossiers" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_dossiers_one_per_version_uq" ON "institution_dossiers" USING btree ("institution_id","standard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_dossiers_code_uq" ON "institution_dossiers" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "institution_dossiers_board_idx" ON "institution_dossiers" USING btree ("region_code","stage");--> statement-breakpoint
CREATE INDEX "institution_dossiers_valid_until_idx" ON "institution_dossiers" USING btree ("valid_until") WHERE "institution_dossiers"."outcome" = 'terstandar' and "institution_dossiers"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "institution_standard_criteria_code_uq" ON "institution_standard_criteria" USING btree ("standard_id","code");--> statement-breakpoint
CREATE INDEX "institution_standard_criteria_element_idx" ON "institution_standard_criteria" USING btree ("element_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_standard_elements_code_uq" ON "institution_standard_elements" USING btree ("standard_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_standards_code_version_uq" ON "institution_standards" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_standards_one_draft_uq" ON "institution_standards" USING btree ("code") WHERE "institution_standards"."status" = 'draft';--> statement-breakpoint
-- The example standards (server/modules/institution-standards/examples.ts), published on every database.
INSERT INTO "institution_standards" ("id","code","version","name","institution_type","status","source_note","validity_months","national_review","example","published_at") VALUES ('6f6c706c-7070-4000-8000-000000000001','LPLPP-CONTOH',1,'Standar LPLPP (CONTOH — bukan standar resmi)','lplpp','published','CONTOH — bukan standar resmi. Pedoman Standardisasi LPLPP KemenPPPA beserta butir borang, cara penilaian dan masa berlakunya tidak dipublikasikan. Yang diketahui publik: borang dimulai dengan "struktur organisasi" (HAPSARI, https://hapsari.or.id/prestasi/standarisasi-lplpp), bidang layanan politik, hukum, sosial, ekonomi dan lingkungan, serta verifikasi oleh KemenPPPA. Unsur lain, kriteria, bobot dan masa berlaku 36 bulan di sini adalah contoh yang dapat diganti admin dengan versi resmi. Sumber: docs/institution-standards.md.',36,false,true,now());
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('6f6c706c-7070-4000-8000-000000000001','STR','Struktur organisasi',1,2);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'STR.1','Lembaga memiliki struktur organisasi yang ditetapkan','','yes_no',NULL,NULL,1,'Bagan struktur organisasi',1 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'STR';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'STR.2','Pengurus inti (ketua, sekretaris, bendahara) terisi','','yes_no',NULL,NULL,1,'SK kepengurusan',2 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'STR';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'STR.3','Pembagian tugas pengurus tertulis dan dijalankan','1 = ada tetapi belum lengkap, 2 = sebagian, 3 = hampir lengkap, 4 = lengkap dan mutakhir.','scale',4,NULL,1,'',3 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'STR';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('6f6c706c-7070-4000-8000-000000000001','LEG','Legalitas lembaga',2,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'LEG.1','Berbadan hukum atau ditetapkan oleh pemerintah daerah','','yes_no',NULL,NULL,1,'Akta / SK AHU / peraturan pembentukan',1 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'LEG';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'LEG.2','Memiliki anggaran dasar dan anggaran rumah tangga','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'LEG';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('6f6c706c-7070-4000-8000-000000000001','SDM','Sumber daya manusia',3,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'SDM.1','Jumlah pendamping atau fasilitator aktif','','number',NULL,'[{"min":1,"score":50},{"min":3,"score":100}]'::jsonb,1,'',1 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'SDM';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'SDM.2','Pengurus pernah mengikuti pelatihan atau bimtek pemberdayaan perempuan','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'SDM';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('6f6c706c-7070-4000-8000-000000000001','LAY','Program dan layanan',4,2);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'LAY.1','Program layanan sesuai bidang (ekonomi, politik, hukum, sosial, budaya, lingkungan)','1 = ada tetapi belum lengkap, 2 = sebagian, 3 = hampir lengkap, 4 = lengkap dan mutakhir.','scale',4,NULL,1,'',1 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'LAY';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'LAY.2','Memiliki SOP layanan','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'LAY';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'LAY.3','Jumlah penerima manfaat dalam 12 bulan terakhir','','number',NULL,'[{"min":10,"score":50},{"min":50,"score":100}]'::jsonb,1,'',3 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'LAY';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('6f6c706c-7070-4000-8000-000000000001','DAT','Pencatatan dan pelaporan',5,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'DAT.1','Mencatat penerima manfaat menurut jenis kelamin dan umur','','yes_no',NULL,NULL,1,'',1 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'DAT';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '6f6c706c-7070-4000-8000-000000000001',"id",'DAT.2','Menyampaikan laporan kegiatan kepada DP3A','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '6f6c706c-7070-4000-8000-000000000001' AND "code" = 'DAT';
--> statement-breakpoint
INSERT INTO "institution_standards" ("id","code","version","name","institution_type","status","source_note","validity_months","national_review","example","published_at") VALUES ('70757370-6167-4000-8000-000000000001','PUSPAGA-CONTOH',1,'Standar Puspaga (CONTOH — bukan standar resmi)','puspaga','published','CONTOH — bukan standar resmi. Unsur yang distandarkan mengikuti SE Menteri PPPA No. 57 Tahun 2020 tentang Pengembangan Layanan Puspaga di Daerah: kelembagaan, SDM, program dan layanan, protokol layanan, serta pemantauan, evaluasi dan pelaporan. Butir kriteria, bobot, skala dan masa berlaku 36 bulan di sini adalah contoh; instrumen Penilaian Standar Puspaga KemenPPPA tidak dipublikasikan. Sumber: docs/institution-standards.md.',36,true,true,now());
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('70757370-6167-4000-8000-000000000001','KEL','Kelembagaan',1,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'KEL.1','Puspaga dibentuk dengan keputusan kepala daerah','','yes_no',NULL,NULL,1,'SK pembentukan Puspaga',1 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'KEL';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'KEL.2','Memiliki tempat layanan yang tetap dan mudah diakses','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'KEL';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('70757370-6167-4000-8000-000000000001','SDM','Sumber daya manusia',2,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'SDM.1','Jumlah psikolog atau konselor','','number',NULL,'[{"min":1,"score":50},{"min":2,"score":100}]'::jsonb,1,'Daftar tenaga layanan',1 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'SDM';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'SDM.2','Tenaga layanan telah mengikuti pelatihan konseling keluarga','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'SDM';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('70757370-6167-4000-8000-000000000001','PRG','Program dan layanan',3,2);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'PRG.1','Layanan konsultasi dan konseling keluarga tersedia','1 = ada tetapi belum lengkap, 2 = sebagian, 3 = hampir lengkap, 4 = lengkap dan mutakhir.','scale',4,NULL,1,'',1 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'PRG';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'PRG.2','Ada edukasi pengasuhan bagi orang tua','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'PRG';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('70757370-6167-4000-8000-000000000001','PRT','Protokol layanan',4,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'PRT.1','Memiliki protokol layanan tertulis, termasuk layanan daring','','yes_no',NULL,NULL,1,'Dokumen protokol',1 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'PRT';
--> statement-breakpoint
INSERT INTO "institution_standard_elements" ("standard_id","code","name","position","weight") VALUES ('70757370-6167-4000-8000-000000000001','MEP','Pemantauan, evaluasi dan pelaporan',5,1);
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'MEP.1','Mencatat klien menurut jenis kelamin dan umur','','yes_no',NULL,NULL,1,'',1 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'MEP';
--> statement-breakpoint
INSERT INTO "institution_standard_criteria" ("standard_id","element_id","code","text","help","kind","scale_max","thresholds","weight","evidence_expected","position") SELECT '70757370-6167-4000-8000-000000000001',"id",'MEP.2','Melaporkan layanan secara berkala kepada DP3A','','yes_no',NULL,NULL,1,'',2 FROM "institution_standard_elements" WHERE "standard_id" = '70757370-6167-4000-8000-000000000001' AND "code" = 'MEP';
