CREATE TABLE "annual_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"year" integer NOT NULL,
	"team_id" uuid,
	"major_projects" integer,
	"funds_in_place" numeric(14, 2),
	"signings" integer,
	"signing_amount" numeric(14, 2),
	"new_leads" integer,
	"spring_starts" integer,
	"updated_by" uuid,
	CONSTRAINT "annual_targets_year_team_key" UNIQUE NULLS NOT DISTINCT("year","team_id")
);
--> statement-breakpoint
ALTER TABLE "annual_targets" ADD CONSTRAINT "annual_targets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_targets" ADD CONSTRAINT "annual_targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;