CREATE TYPE "public"."request_category" AS ENUM('land', 'approval', 'finance', 'staffing', 'talent', 'utilities', 'policy', 'other');--> statement-breakpoint
CREATE TYPE "public"."request_state" AS ENUM('pending', 'in_progress', 'resolved', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."request_step" AS ENUM('raise', 'edit', 'accept', 'resolve', 'confirm');--> statement-breakpoint
CREATE TYPE "public"."request_urgency" AS ENUM('normal', 'urgent', 'critical');--> statement-breakpoint
CREATE TYPE "public"."satisfaction" AS ENUM('satisfied', 'basically', 'unsatisfied');--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"project_id" uuid,
	"team_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"category" "request_category" NOT NULL,
	"urgency" "request_urgency" DEFAULT 'normal' NOT NULL,
	"description" text NOT NULL,
	"deadline" date NOT NULL,
	"state" "request_state" DEFAULT 'pending' NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"satisfaction" "satisfaction",
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"raised_by" uuid NOT NULL,
	"accepted_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"step" "request_step" NOT NULL,
	"from_state" "request_state",
	"to_state" "request_state" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"satisfaction" "satisfaction",
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "department_id" uuid;--> statement-breakpoint
ALTER TABLE "enterprise_requests" ADD CONSTRAINT "enterprise_requests_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_requests" ADD CONSTRAINT "enterprise_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_requests" ADD CONSTRAINT "enterprise_requests_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_requests" ADD CONSTRAINT "enterprise_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_requests" ADD CONSTRAINT "enterprise_requests_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_enterprise_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."enterprise_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "departments_name_key" ON "departments" USING btree ("name");--> statement-breakpoint
CREATE INDEX "enterprise_requests_department_idx" ON "enterprise_requests" USING btree ("department_id","state","deadline","id");--> statement-breakpoint
CREATE INDEX "enterprise_requests_team_idx" ON "enterprise_requests" USING btree ("team_id","state","deadline","id");--> statement-breakpoint
CREATE INDEX "enterprise_requests_state_idx" ON "enterprise_requests" USING btree ("state","deadline","id");--> statement-breakpoint
CREATE INDEX "enterprise_requests_deadline_idx" ON "enterprise_requests" USING btree ("deadline","id");--> statement-breakpoint
CREATE INDEX "enterprise_requests_enterprise_idx" ON "enterprise_requests" USING btree ("enterprise_id","deadline");--> statement-breakpoint
CREATE INDEX "enterprise_requests_project_idx" ON "enterprise_requests" USING btree ("project_id","deadline") WHERE "enterprise_requests"."project_id" is not null;--> statement-breakpoint
CREATE INDEX "enterprise_requests_figures_idx" ON "enterprise_requests" USING btree ("department_id","team_id","state","deadline","created_at","resolved_at","reopen_count");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_department_id_idx" ON "users" USING btree ("department_id");