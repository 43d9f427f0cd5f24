CREATE TYPE "public"."evidence_kind" AS ENUM('agreement', 'licence', 'land_certificate', 'construction_permit', 'production_proof', 'other');--> statement-breakpoint
CREATE TYPE "public"."funds_source" AS ENUM('domestic', 'foreign');--> statement-breakpoint
CREATE TYPE "public"."milestone_kind" AS ENUM('registered', 'land', 'construction', 'production');--> statement-breakpoint
CREATE TYPE "public"."project_kind" AS ENUM('new', 'expansion', 'renovation');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('signed', 'building', 'producing');--> statement-breakpoint
CREATE TABLE "project_files" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"milestone_id" uuid,
	"kind" "evidence_kind" NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"project_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"source" "funds_source" DEFAULT 'domestic' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" "milestone_kind" NOT NULL,
	"planned_on" date,
	"actual_on" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" uuid
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"lead_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"chain_id" uuid,
	"node_id" uuid,
	"chain_action" "chain_action",
	"team_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"agreement_name" text NOT NULL,
	"signed_on" date NOT NULL,
	"occasion" text DEFAULT '' NOT NULL,
	"kind" "project_kind" NOT NULL,
	"contracted_investment" numeric(14, 2) NOT NULL,
	"fixed_asset_investment" numeric(14, 2),
	"major" boolean GENERATED ALWAYS AS (contracted_investment >= 5000) STORED NOT NULL,
	"land_area" numeric(10, 2),
	"expected_jobs" integer,
	"expected_output" numeric(14, 2),
	"status" "project_status" DEFAULT 'signed' NOT NULL,
	"funds_in_place" numeric(14, 2) DEFAULT 0 NOT NULL,
	"next_due_on" date,
	"facets" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "project_files" ADD CONSTRAINT "project_files_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_files" ADD CONSTRAINT "project_files_milestone_id_project_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."project_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_files" ADD CONSTRAINT "project_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funds" ADD CONSTRAINT "project_funds_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funds" ADD CONSTRAINT "project_funds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_node_id_chain_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_files_project_idx" ON "project_files" USING btree ("project_id","created_at") WHERE "project_files"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "project_funds_project_idx" ON "project_funds" USING btree ("project_id","received_on") WHERE "project_funds"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "project_funds_received_idx" ON "project_funds" USING btree ("received_on") WHERE "project_funds"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "project_milestones_kind_idx" ON "project_milestones" USING btree ("project_id","kind");--> statement-breakpoint
CREATE INDEX "project_milestones_late_idx" ON "project_milestones" USING btree ("planned_on") WHERE "project_milestones"."actual_on" is null;--> statement-breakpoint
CREATE INDEX "project_milestones_verified_idx" ON "project_milestones" USING btree ("kind","verified_at") WHERE "project_milestones"."verified_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_lead_idx" ON "projects" USING btree ("lead_id") WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_facets_idx" ON "projects" USING gin ("facets") WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_signed_idx" ON "projects" USING btree ("signed_on" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_amount_idx" ON "projects" USING btree ("contracted_investment" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_status_due_idx" ON "projects" USING btree ("status","next_due_on","id") WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_team_status_idx" ON "projects" USING btree ("team_id","status","next_due_on") WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_enterprise_idx" ON "projects" USING btree ("enterprise_id") WHERE "projects"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "projects_node_idx" ON "projects" USING btree ("node_id") WHERE "projects"."deleted_at" is null;