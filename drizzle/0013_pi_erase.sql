DROP INDEX "contacts_name_idx";--> statement-breakpoint
DROP INDEX "contacts_mobile_idx";--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "contacts_email_idx" ON "contacts" USING btree (lower("email")) WHERE "contacts"."email" <> '';--> statement-breakpoint
CREATE INDEX "meetings_contacts_idx" ON "meetings" USING gin ("contact_ids") WHERE "meetings"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "contacts_mobile_idx" ON "contacts" USING btree ("mobile" text_pattern_ops);--> statement-breakpoint
-- The audit log stays append-only (0010_security.sql), with one more narrow exception: erasing a person's data on
-- request (个人信息保护法, db/queries/personal-data.ts). Inside the erasing transaction `crm.pi_erase_contact` names
-- the one contact being erased; only that contact's own rows may then be updated, and only their `changes` (where
-- the old values were logged). Nothing may ever be deleted.
CREATE OR REPLACE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('crm.demo_backdating', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE'
    AND coalesce(current_setting('crm.pi_erase_contact', true), '') <> ''
    AND OLD.entity_type = 'contact' AND OLD.entity_id = current_setting('crm.pi_erase_contact', true)
    AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.action = OLD.action
    AND NEW.entity_type = OLD.entity_type AND NEW.entity_id = OLD.entity_id AND NEW.ip IS NOT DISTINCT FROM OLD.ip THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_logs is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
