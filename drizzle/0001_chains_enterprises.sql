CREATE TYPE "public"."node_position" AS ENUM('upstream', 'midstream', 'downstream');--> statement-breakpoint
CREATE TYPE "public"."node_status" AS ENUM('strong', 'weak', 'missing');--> statement-breakpoint
CREATE TYPE "public"."chain_action" AS ENUM('supplement', 'extend', 'upgrade', 'build');--> statement-breakpoint
CREATE TYPE "public"."enterprise_scale" AS ENUM('large', 'medium', 'small', 'micro');--> statement-breakpoint
CREATE TABLE "chain_leader_enterprises" (
	"chain_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_leader_enterprises_chain_id_enterprise_id_pk" PRIMARY KEY("chain_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "chain_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"chain_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" "node_position" NOT NULL,
	"status" "node_status" NOT NULL,
	"key_products" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "chains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"leader_id" uuid,
	"team_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"mobile" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"wechat" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"name_grams" text[] NOT NULL,
	"name_key" text NOT NULL,
	"uscc" text,
	"province" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"chain_id" uuid,
	"node_id" uuid,
	"chain_action" "chain_action",
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_score" integer DEFAULT 0 NOT NULL,
	"facets" text[] DEFAULT '{}'::text[] NOT NULL,
	"registered_capital" numeric(14, 2),
	"scale" "enterprise_scale",
	"website" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"team_id" uuid,
	"created_by" uuid,
	"deleted_at" timestamp with time zone,
	"merged_into_id" uuid
);
--> statement-breakpoint
ALTER TABLE "chain_leader_enterprises" ADD CONSTRAINT "chain_leader_enterprises_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_leader_enterprises" ADD CONSTRAINT "chain_leader_enterprises_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_nodes" ADD CONSTRAINT "chain_nodes_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_node_id_chain_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_merged_into_id_enterprises_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_leader_enterprises_enterprise_idx" ON "chain_leader_enterprises" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "chain_nodes_chain_idx" ON "chain_nodes" USING btree ("chain_id","position","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "chains_name_key" ON "chains" USING btree ("name") WHERE "chains"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "chains_team_id_idx" ON "chains" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "chains_leader_id_idx" ON "chains" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "contacts_enterprise_idx" ON "contacts" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("name" text_pattern_ops) WHERE "contacts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "contacts_mobile_idx" ON "contacts" USING btree ("mobile" text_pattern_ops) WHERE "contacts"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_uscc_key" ON "enterprises" USING btree ("uscc") WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_name_grams_idx" ON "enterprises" USING gin ("name_grams") WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_name_key_idx" ON "enterprises" USING btree ("name_key") WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_facets_idx" ON "enterprises" USING gin ("facets") WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_chain_node_idx" ON "enterprises" USING btree ("chain_id","node_id") WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_node_target_idx" ON "enterprises" USING btree ("node_id","target_score" DESC NULLS LAST,"registered_capital" DESC NULLS LAST) WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_created_idx" ON "enterprises" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_name_sort_idx" ON "enterprises" USING btree ("name","id") WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_capital_idx" ON "enterprises" USING btree ("registered_capital" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "enterprises"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "enterprises_deleted_idx" ON "enterprises" USING btree ("deleted_at" DESC NULLS LAST) WHERE "enterprises"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX "enterprises_merged_into_idx" ON "enterprises" USING btree ("merged_into_id");