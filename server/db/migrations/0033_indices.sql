CREATE TABLE "index_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"index_code" text NOT NULL,
	"version" integer NOT NULL,
	"params" jsonb NOT NULL,
	"source_note" text NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "index_values" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"index_code" text NOT NULL,
	"components" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"computed" double precision,
	"parts" jsonb,
	"method_id" uuid,
	"published" double precision,
	"published_source" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "index_values_region_code_index_code_year_pk" PRIMARY KEY("region_code","index_code","year")
);
--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_method_id_index_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."index_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "index_methods_code_version_uq" ON "index_methods" USING btree ("index_code","version");--> statement-breakpoint
CREATE INDEX "index_values_index_year_idx" ON "index_values" USING btree ("index_code","year");--> statement-breakpoint
-- Version 1 of each index's method. IPM/IPG, IKG and IDG cite their sources (docs/indices.md);
-- the family index ships Permen PPPA 6/2013's structure with EQUAL weights marked provisional,
-- because the official AHP weights are not public (research.md §5). Admins add new versions.
INSERT INTO "index_methods" ("id","index_code","version","params","source_note","provisional") VALUES
('696e6478-0000-4000-8000-000000000001','ipm',1,'{"lifeExpectancy":{"min":20,"max":85},"lifeExpectancyF":{"min":22.5,"max":87.5},"lifeExpectancyM":{"min":17.5,"max":82.5},"expectedSchooling":{"min":0,"max":18},"meanSchooling":{"min":0,"max":15},"expenditure":{"min":1007436,"max":26572352},"priceBaseYear":2012}'::jsonb,'BPS, IPM metode baru (sejak 2014): UHH 20–85 tahun, HLS 0–18, RLS 0–15, pengeluaran riil per kapita disesuaikan Rp1.007.436–Rp26.572.352 setahun (harga konstan 2012). Dengan nilai ini IPM Indonesia 2022–2024 yang dirilis BPS terhitung ulang dengan selisih ≤ 0,005 (docs/indices.md).',false),
('696e6478-0000-4000-8000-000000000002','ipg',1,'{"lifeExpectancy":{"min":20,"max":85},"lifeExpectancyF":{"min":22.5,"max":87.5},"lifeExpectancyM":{"min":17.5,"max":82.5},"expectedSchooling":{"min":0,"max":18},"meanSchooling":{"min":0,"max":15},"expenditure":{"min":1007436,"max":26572352},"priceBaseYear":2012}'::jsonb,'BPS, IPG = 100 × IPM perempuan / IPM laki-laki (SIRUSA, metadata indikator 28740); batas UHH menurut jenis kelamin: perempuan 22,5–87,5, laki-laki 17,5–82,5 (selisih lima tahun UNDP); batas lain seperti IPM metode baru (docs/indices.md).',false),
('696e6478-0000-4000-8000-000000000003','ikg',1,'{"healthConstant":0.00005,"zeroFloor":0.001}'::jsonb,'BPS, Indeks Ketimpangan Gender (adaptasi GII UNDP; BRS No. 54/08/Th.XXVI, 1 Agustus 2023): suku kesehatan reproduksi perempuan = √(0,00005 / (MTF × MHPK20)), laki-laki = 1, lalu agregasi GII UNDP; pangsa 0 diganti 0,1 % seperti catatan teknis GII. Mereproduksi IKG Indonesia 2023 = 0,447 (docs/indices.md).',false),
('696e6478-0000-4000-8000-000000000004','idg',1,'{"epsilon":2,"participationReference":50}'::jsonb,'UNDP GEM seperti dipakai di Indonesia (Laporan Pembangunan Manusia Aceh 2010, catatan teknis): EDEP dengan ε = 2 berbobot proporsi penduduk, dibagi 50. Indeks distribusi pendapatan BPS tidak dapat direproduksi dari masukan publik: IDG disimpan sebagaimana dirilis BPS (docs/indices.md).',false),
('696e6478-0000-4000-8000-000000000005','ikk',1,'{"dimensions":[{"code":"LEGALITAS","name":"Landasan legalitas dan keutuhan keluarga","weight":1,"variables":[{"code":"LEGALITAS","name":"Landasan legalitas","weight":1},{"code":"KEUTUHAN","name":"Keutuhan keluarga","weight":1},{"code":"KEMITRAAN_GENDER","name":"Kemitraan gender","weight":1}]},{"code":"FISIK","name":"Ketahanan fisik","weight":1,"variables":[{"code":"PANGAN_GIZI","name":"Kecukupan pangan dan gizi","weight":1},{"code":"KESEHATAN","name":"Kesehatan keluarga","weight":1},{"code":"TEMPAT_TIDUR","name":"Ketersediaan lokasi tetap untuk tidur","weight":1}]},{"code":"EKONOMI","name":"Ketahanan ekonomi","weight":1,"variables":[{"code":"TEMPAT_TINGGAL","name":"Tempat tinggal keluarga","weight":1},{"code":"PENDAPATAN","name":"Pendapatan keluarga","weight":1},{"code":"BIAYA_PENDIDIKAN","name":"Pembiayaan pendidikan anak","weight":1},{"code":"JAMINAN_KEUANGAN","name":"Jaminan keuangan keluarga","weight":1}]},{"code":"SOSIAL_PSIKOLOGI","name":"Ketahanan sosial psikologi","weight":1,"variables":[{"code":"KEHARMONISAN","name":"Keharmonisan keluarga","weight":1},{"code":"KEPATUHAN_HUKUM","name":"Kepatuhan terhadap hukum","weight":1}]},{"code":"SOSIAL_BUDAYA","name":"Ketahanan sosial budaya","weight":1,"variables":[{"code":"KEPEDULIAN_SOSIAL","name":"Kepedulian sosial","weight":1},{"code":"KEERATAN_SOSIAL","name":"Keeratan sosial","weight":1},{"code":"KETAATAN_BERAGAMA","name":"Ketaatan beragama","weight":1}]}],"categories":[{"min":0,"name":"Sangat rendah"},{"min":61.16,"name":"Rendah"},{"min":65.76,"name":"Cukup"},{"min":70.36,"name":"Tinggi"},{"min":74.96,"name":"Sangat tinggi"}]}'::jsonb,'Struktur: KemenPPPA dan BPS, Pembangunan Ketahanan Keluarga 2016 (Permen PPPA 6/2013): 5 dimensi, 15 variabel. Bobot AHP resmi tidak dipublikasikan — BOBOT SAMA, SEMENTARA, ganti dengan versi resmi bila tersedia. Batas kategori: skenario rentang sama dari publikasi yang sama (belum dipastikan sebagai yang resmi). Nilai variabel berskala 0–100.',true);
