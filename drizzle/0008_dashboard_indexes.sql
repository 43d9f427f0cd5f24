DROP INDEX "leads_team_stage_idx";--> statement-breakpoint
DROP INDEX "leads_stage_activity_idx";--> statement-breakpoint
CREATE INDEX "leads_chain_stage_idx" ON "leads" USING btree ("chain_id","stage","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "leads"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "follow_ups_open_due_idx" ON "follow_ups" USING btree ("due_date","id") WHERE "follow_ups"."done_at" is null and "follow_ups"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "leads_team_stage_idx" ON "leads" USING btree ("team_id","stage","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "leads"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "leads_stage_activity_idx" ON "leads" USING btree ("stage","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "leads"."deleted_at" is null;