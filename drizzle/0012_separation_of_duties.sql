ALTER TYPE "public"."role" ADD VALUE 'securityAdmin';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'auditAdmin';