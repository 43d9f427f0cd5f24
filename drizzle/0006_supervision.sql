CREATE TYPE "public"."supervision_state" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "supervision_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"lead_id" uuid,
	"project_id" uuid,
	"team_id" uuid NOT NULL,
	"assignee_id" uuid,
	"title" text NOT NULL,
	"deadline" date NOT NULL,
	"state" "supervision_state" DEFAULT 'open' NOT NULL,
	"last_progress_at" timestamp with time zone,
	"last_progress_note" text DEFAULT '' NOT NULL,
	"closing_remark" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_by" uuid,
	CONSTRAINT "supervision_items_one_record" CHECK (num_nonnulls("supervision_items"."lead_id", "supervision_items"."project_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "supervision_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_updates" ADD CONSTRAINT "supervision_updates_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_updates" ADD CONSTRAINT "supervision_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_items_team_idx" ON "supervision_items" USING btree ("team_id","state","deadline");--> statement-breakpoint
CREATE INDEX "supervision_items_state_idx" ON "supervision_items" USING btree ("state","deadline");--> statement-breakpoint
CREATE INDEX "supervision_items_lead_idx" ON "supervision_items" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "supervision_items_project_idx" ON "supervision_items" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "supervision_items_assignee_idx" ON "supervision_items" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "supervision_updates_item_idx" ON "supervision_updates" USING btree ("item_id","created_at");