CREATE TABLE "withdrawn_certificates" (
	"verification_code" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"withdrawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Every certificate that goes (with its event, by a cascade, or on its own) leaves its code, so
-- the public verification page can say "withdrawn" rather than "unknown". Personal data stays out.
CREATE FUNCTION "remember_withdrawn_certificate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "withdrawn_certificates" ("verification_code", "region_code")
	VALUES (OLD."verification_code", OLD."region_code")
	ON CONFLICT ("verification_code") DO NOTHING;
	RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "training_certificates_withdrawn" AFTER DELETE ON "training_certificates"
	FOR EACH ROW EXECUTE FUNCTION "remember_withdrawn_certificate"();
