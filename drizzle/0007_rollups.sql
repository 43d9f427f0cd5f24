CREATE TABLE "daily_figures" (
	"day" date NOT NULL,
	"team_id" uuid NOT NULL,
	"chain_id" uuid,
	"chain_action" "chain_action",
	"major" boolean NOT NULL,
	"new_leads" integer DEFAULT 0 NOT NULL,
	"stage_moves" integer DEFAULT 0 NOT NULL,
	"meetings" integer DEFAULT 0 NOT NULL,
	"signings" integer DEFAULT 0 NOT NULL,
	"signing_amount" numeric(16, 2) DEFAULT 0 NOT NULL,
	"funds_in_place" numeric(16, 2) DEFAULT 0 NOT NULL,
	"construction_starts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_figures_key" UNIQUE NULLS NOT DISTINCT("day","team_id","chain_id","chain_action","major")
);
--> statement-breakpoint
CREATE TABLE "funnel_cohorts" (
	"year" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"chain_id" uuid,
	"stage" "lead_stage" NOT NULL,
	"advanced" boolean NOT NULL,
	"days" integer,
	"leads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "funnel_cohorts_key" UNIQUE NULLS NOT DISTINCT("year","team_id","chain_id","stage","advanced","days")
);
--> statement-breakpoint
CREATE TABLE "lead_counts" (
	"team_id" uuid NOT NULL,
	"chain_id" uuid,
	"chain_action" "chain_action",
	"stage" "lead_stage" NOT NULL,
	"leads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "lead_counts_key" UNIQUE NULLS NOT DISTINCT("team_id","chain_id","chain_action","stage")
);
--> statement-breakpoint
CREATE TABLE "monthly_figures" (
	"month" date NOT NULL,
	"team_id" uuid NOT NULL,
	"chain_id" uuid,
	"chain_action" "chain_action",
	"major" boolean NOT NULL,
	"new_leads" integer DEFAULT 0 NOT NULL,
	"stage_moves" integer DEFAULT 0 NOT NULL,
	"meetings" integer DEFAULT 0 NOT NULL,
	"signings" integer DEFAULT 0 NOT NULL,
	"signing_amount" numeric(16, 2) DEFAULT 0 NOT NULL,
	"funds_in_place" numeric(16, 2) DEFAULT 0 NOT NULL,
	"construction_starts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monthly_figures_key" UNIQUE NULLS NOT DISTINCT("month","team_id","chain_id","chain_action","major")
);
--> statement-breakpoint
DROP INDEX "leads_team_stage_idx";--> statement-breakpoint
DROP INDEX "leads_stage_activity_idx";--> statement-breakpoint
CREATE INDEX "leads_chain_stage_idx" ON "leads" USING btree ("chain_id","stage","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "leads"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "follow_ups_open_due_idx" ON "follow_ups" USING btree ("due_date","id") WHERE "follow_ups"."done_at" is null and "follow_ups"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "leads_team_stage_idx" ON "leads" USING btree ("team_id","stage","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "leads"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "leads_stage_activity_idx" ON "leads" USING btree ("stage","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "leads"."deleted_at" is null;
--> statement-breakpoint
-- Rollup maintenance (db/schema/rollups.ts). Each business row contributes rows of a rollup table through one
-- function below; statement triggers add the contributions of new rows and take back those of old ones, so a
-- bulk insert costs one grouped upsert. Updates that leave a row's contribution alone do nothing.
CREATE FUNCTION zone_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$ select (t at time zone 'Asia/Shanghai')::date $$;
--> statement-breakpoint
CREATE FUNCTION figures(day date, team uuid, chain uuid, action chain_action, major boolean, new_leads int DEFAULT 0, stage_moves int DEFAULT 0, meetings int DEFAULT 0,
  signings int DEFAULT 0, signing_amount numeric DEFAULT 0, funds_in_place numeric DEFAULT 0, construction_starts int DEFAULT 0)
RETURNS daily_figures LANGUAGE sql IMMUTABLE AS $$
  select row(day, team, chain, action, major, new_leads, stage_moves, meetings, signings, signing_amount, funds_in_place, construction_starts)::daily_figures
$$;
--> statement-breakpoint
-- Into the day's row and the month's (what the dashboard's year-long figures read), by one statement for both.
CREATE FUNCTION add_daily_figures(contributions daily_figures[], factor int) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  rollup record;
BEGIN
  FOR rollup IN SELECT * FROM (VALUES ('daily_figures', 'day', 'day'), ('monthly_figures', 'month', $e$date_trunc('month', day)::date$e$)) AS r(tbl, period, expr) LOOP
    EXECUTE format($q$
      insert into %1$I as f
      select %3$s, team_id, chain_id, chain_action, major, $2 * sum(new_leads), $2 * sum(stage_moves), $2 * sum(meetings),
        $2 * sum(signings), $2 * sum(signing_amount), $2 * sum(funds_in_place), $2 * sum(construction_starts)
      from unnest($1)
      group by 1, team_id, chain_id, chain_action, major
      -- One lock order for every writer, so two transactions never wait on each other's rows in a cycle.
      order by 1, team_id, chain_id, chain_action, major
      on conflict (%2$I, team_id, chain_id, chain_action, major) do update set
        new_leads = f.new_leads + excluded.new_leads, stage_moves = f.stage_moves + excluded.stage_moves, meetings = f.meetings + excluded.meetings,
        signings = f.signings + excluded.signings, signing_amount = f.signing_amount + excluded.signing_amount,
        funds_in_place = f.funds_in_place + excluded.funds_in_place, construction_starts = f.construction_starts + excluded.construction_starts$q$,
      rollup.tbl, rollup.period, rollup.expr)
    USING contributions, factor;
  END LOOP;
END $fn$;
--> statement-breakpoint
CREATE FUNCTION add_funnel_cohorts(contributions funnel_cohorts[], factor int) RETURNS void LANGUAGE sql AS $$
  insert into funnel_cohorts as f
  select year, team_id, chain_id, stage, advanced, days, factor * sum(leads) from unnest(contributions)
  group by year, team_id, chain_id, stage, advanced, days
  order by year, team_id, chain_id, stage, advanced, days
  on conflict (year, team_id, chain_id, stage, advanced, days) do update set leads = f.leads + excluded.leads
$$;
--> statement-breakpoint
CREATE FUNCTION add_lead_counts(contributions lead_counts[], factor int) RETURNS void LANGUAGE sql AS $$
  insert into lead_counts as f
  select team_id, chain_id, chain_action, stage, factor * sum(leads) from unnest(contributions)
  group by team_id, chain_id, chain_action, stage
  order by team_id, chain_id, chain_action, stage
  on conflict (team_id, chain_id, chain_action, stage) do update set leads = f.leads + excluded.leads
$$;
--> statement-breakpoint
-- A live lead: one new lead on the day it was created, one stage move on each stage event's day.
CREATE FUNCTION lead_figures(l leads, events lead_events[]) RETURNS SETOF daily_figures LANGUAGE sql STABLE AS $$
  select figures(zone_day(l.created_at), l.team_id, l.chain_id, l.chain_action, false, new_leads => 1) where l.deleted_at is null
  union all
  select figures(zone_day(e.at), l.team_id, l.chain_id, l.chain_action, false, stage_moves => 1)
  from unnest(events) e where l.deleted_at is null and e.kind = 'stage'
$$;
--> statement-breakpoint
-- A live lead's cohorts: for each funnel stage it entered (creation enters 线索), the year of its first entry,
-- whether it entered the next stage later, and the whole days until its next stage event (null while there is none).
CREATE FUNCTION lead_cohorts(l leads, events lead_events[]) RETURNS SETOF funnel_cohorts LANGUAGE sql STABLE AS $$
  with entries as (
    select 'lead'::lead_stage as stage, l.created_at as at, 0 as ord
    union all
    select e.to_stage, e.at, 1 from unnest(events) e where e.kind = 'stage' and e.to_stage is not null),
  stays as (
    select stage, at, lead(at) over (order by at, ord) as left_at, row_number() over (partition by stage order by at, ord) as nth from entries)
  select extract(year from s.at at time zone 'Asia/Shanghai')::int, l.team_id, l.chain_id, s.stage,
    exists (select 1 from entries n where n.at > s.at and n.stage = case s.stage when 'lead' then 'contacted'::lead_stage when 'contacted' then 'site_visit'::lead_stage
      when 'site_visit' then 'negotiating'::lead_stage when 'negotiating' then 'signed'::lead_stage end),
    case when s.stage <> 'signed' then floor(extract(epoch from s.left_at - s.at) / 86400)::int end,
    1
  from stays s
  where l.deleted_at is null and s.nth = 1 and s.stage in ('lead', 'contacted', 'site_visit', 'negotiating', 'signed')
$$;
--> statement-breakpoint
CREATE FUNCTION lead_events_of(lead uuid) RETURNS lead_events[] LANGUAGE sql STABLE AS $$
  select coalesce(array_agg(e), '{}') from lead_events e where e.lead_id = lead
$$;
--> statement-breakpoint
-- Whether an update moves a lead's daily figures and cohorts, or its count: a stage move or a new activity date
-- leaves the figures alone, and most updates touch neither.
CREATE FUNCTION lead_keyed(o leads, n leads) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  select (o.created_at, o.team_id, o.chain_id, o.chain_action, o.deleted_at is null) is distinct from (n.created_at, n.team_id, n.chain_id, n.chain_action, n.deleted_at is null)
$$;
--> statement-breakpoint
CREATE FUNCTION lead_count(l leads) RETURNS SETOF lead_counts LANGUAGE sql IMMUTABLE AS $$
  select row(l.team_id, l.chain_id, l.chain_action, l.stage, 1)::lead_counts where l.deleted_at is null
$$;
--> statement-breakpoint
CREATE FUNCTION lead_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM add_daily_figures(array(select f from old_rows o join new_rows n on n.id = o.id, lateral lead_figures(o, lead_events_of(o.id)) f where lead_keyed(o, n)), -1);
    PERFORM add_daily_figures(array(select f from old_rows o join new_rows n on n.id = o.id, lateral lead_figures(n, lead_events_of(n.id)) f where lead_keyed(o, n)), 1);
    PERFORM add_funnel_cohorts(array(select f from old_rows o join new_rows n on n.id = o.id, lateral lead_cohorts(o, lead_events_of(o.id)) f where lead_keyed(o, n)), -1);
    PERFORM add_funnel_cohorts(array(select f from old_rows o join new_rows n on n.id = o.id, lateral lead_cohorts(n, lead_events_of(n.id)) f where lead_keyed(o, n)), 1);
    PERFORM add_lead_counts(array(select f from old_rows o join new_rows n on n.id = o.id, lateral lead_count(o) f where lead_keyed(o, n) or o.stage <> n.stage), -1);
    PERFORM add_lead_counts(array(select f from old_rows o join new_rows n on n.id = o.id, lateral lead_count(n) f where lead_keyed(o, n) or o.stage <> n.stage), 1);
  ELSE
    PERFORM add_daily_figures(array(select f from new_rows n, lateral lead_figures(n, lead_events_of(n.id)) f), 1);
    PERFORM add_funnel_cohorts(array(select f from new_rows n, lateral lead_cohorts(n, lead_events_of(n.id)) f), 1);
    PERFORM add_lead_counts(array(select f from new_rows n, lateral lead_count(n) f), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER leads_rollups_insert AFTER INSERT ON leads REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_rollups();
--> statement-breakpoint
CREATE TRIGGER leads_rollups_update AFTER UPDATE ON leads REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_rollups();
--> statement-breakpoint
-- New or changed stage events: the stage moves they add or move, and their leads' cohorts before and after.
CREATE FUNCTION lead_event_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before_rows lead_events[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    before_rows := array(select o from old_rows o);
  ELSE
    before_rows := '{}';
  END IF;
  PERFORM add_daily_figures(array(select f from unnest(before_rows) o join leads l on l.id = o.lead_id, lateral lead_figures(l, array[o]::lead_events[]) f where f.stage_moves <> 0), -1);
  PERFORM add_daily_figures(array(select f from new_rows n join leads l on l.id = n.lead_id, lateral lead_figures(l, array[n]::lead_events[]) f where f.stage_moves <> 0), 1);
  -- The cohorts as they were: today's events with the changed ones swapped back (or the new ones left out).
  PERFORM add_funnel_cohorts(array(
    select f from leads l, lateral lead_cohorts(l, array(
      select e from lead_events e where e.lead_id = l.id and e.id not in (select id from new_rows)
      union all select o from unnest(before_rows) o where o.lead_id = l.id)) f
    where l.id in (select lead_id from new_rows union select lead_id from unnest(before_rows))), -1);
  PERFORM add_funnel_cohorts(array(
    select f from leads l, lateral lead_cohorts(l, lead_events_of(l.id)) f
    where l.id in (select lead_id from new_rows union select lead_id from unnest(before_rows))), 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER lead_events_rollups_insert AFTER INSERT ON lead_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_event_rollups();
--> statement-breakpoint
CREATE TRIGGER lead_events_rollups_update AFTER UPDATE ON lead_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_event_rollups();
--> statement-breakpoint
CREATE FUNCTION meeting_figures(m meetings) RETURNS SETOF daily_figures LANGUAGE sql IMMUTABLE AS $$
  select figures(zone_day(m.occurred_at), m.team_id, m.chain_id, null, false, meetings => 1) where m.deleted_at is null
$$;
--> statement-breakpoint
CREATE FUNCTION meeting_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM add_daily_figures(array(select f from old_rows o join new_rows n on n.id = o.id, lateral meeting_figures(o) f
      where (o.occurred_at, o.team_id, o.chain_id, o.deleted_at is null) is distinct from (n.occurred_at, n.team_id, n.chain_id, n.deleted_at is null)), -1);
    PERFORM add_daily_figures(array(select f from old_rows o join new_rows n on n.id = o.id, lateral meeting_figures(n) f
      where (o.occurred_at, o.team_id, o.chain_id, o.deleted_at is null) is distinct from (n.occurred_at, n.team_id, n.chain_id, n.deleted_at is null)), 1);
  ELSE
    PERFORM add_daily_figures(array(select f from new_rows n, lateral meeting_figures(n) f), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER meetings_rollups_insert AFTER INSERT ON meetings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_rollups();
--> statement-breakpoint
CREATE TRIGGER meetings_rollups_update AFTER UPDATE ON meetings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_rollups();
--> statement-breakpoint
-- A live project: its signing, its live funds entries and its verified construction start, under its own key.
CREATE FUNCTION fund_figures(p projects, f project_funds) RETURNS SETOF daily_figures LANGUAGE sql IMMUTABLE AS $$
  select figures(f.received_on, p.team_id, p.chain_id, p.chain_action, p.major, funds_in_place => f.amount) where p.deleted_at is null and f.deleted_at is null
$$;
--> statement-breakpoint
CREATE FUNCTION start_figures(p projects, m project_milestones) RETURNS SETOF daily_figures LANGUAGE sql IMMUTABLE AS $$
  select figures(m.actual_on, p.team_id, p.chain_id, p.chain_action, p.major, construction_starts => 1)
  where p.deleted_at is null and m.kind = 'construction' and m.actual_on is not null and m.verified_at is not null
$$;
--> statement-breakpoint
CREATE FUNCTION project_figures(p projects) RETURNS SETOF daily_figures LANGUAGE sql STABLE AS $$
  select figures(p.signed_on, p.team_id, p.chain_id, p.chain_action, p.major, signings => 1, signing_amount => p.contracted_investment) where p.deleted_at is null
  -- In the select list, so the project's own rows are found (by the live-funds index) before any function runs.
  union all select fund_figures(p, f) from project_funds f where f.project_id = p.id and f.deleted_at is null
  union all select start_figures(p, m) from project_milestones m where m.project_id = p.id
$$;
--> statement-breakpoint
CREATE FUNCTION project_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- refreshProject rewrites status and totals on every funds or milestone change: those leave the key alone.
    PERFORM add_daily_figures(array(select f from old_rows o join new_rows n on n.id = o.id, lateral project_figures(o) f
      where (o.signed_on, o.team_id, o.chain_id, o.chain_action, o.major, o.contracted_investment, o.deleted_at is null)
        is distinct from (n.signed_on, n.team_id, n.chain_id, n.chain_action, n.major, n.contracted_investment, n.deleted_at is null)), -1);
    PERFORM add_daily_figures(array(select f from old_rows o join new_rows n on n.id = o.id, lateral project_figures(n) f
      where (o.signed_on, o.team_id, o.chain_id, o.chain_action, o.major, o.contracted_investment, o.deleted_at is null)
        is distinct from (n.signed_on, n.team_id, n.chain_id, n.chain_action, n.major, n.contracted_investment, n.deleted_at is null)), 1);
  ELSE
    PERFORM add_daily_figures(array(select f from new_rows n, lateral project_figures(n) f), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER projects_rollups_insert AFTER INSERT ON projects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_rollups();
--> statement-breakpoint
CREATE TRIGGER projects_rollups_update AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_rollups();
--> statement-breakpoint
-- Funds entries and milestones, under their project's key: one body for both tables. Transition-table rows reach
-- functions as plain records, hence the cast to the firing table's row type, spelled out per table.
CREATE FUNCTION project_part_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contribution text := case TG_TABLE_NAME when 'project_funds' then 'fund_figures' else 'start_figures' end;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    EXECUTE format('select add_daily_figures(array(select x from old_rows o join projects p on p.id = o.project_id, lateral %I(p, o::%I) x), -1)', contribution, TG_TABLE_NAME);
  END IF;
  EXECUTE format('select add_daily_figures(array(select x from new_rows n join projects p on p.id = n.project_id, lateral %I(p, n::%I) x), 1)', contribution, TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER project_funds_rollups_insert AFTER INSERT ON project_funds REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_part_rollups();
--> statement-breakpoint
CREATE TRIGGER project_funds_rollups_update AFTER UPDATE ON project_funds REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_part_rollups();
--> statement-breakpoint
CREATE TRIGGER project_milestones_rollups_insert AFTER INSERT ON project_milestones REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_part_rollups();
--> statement-breakpoint
CREATE TRIGGER project_milestones_rollups_update AFTER UPDATE ON project_milestones REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_part_rollups();
--> statement-breakpoint
-- Recomputes every rollup from the business tables: for a bulk load run with the triggers off, and to check them.
CREATE FUNCTION rebuild_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM daily_figures;
  DELETE FROM monthly_figures;
  DELETE FROM funnel_cohorts;
  DELETE FROM lead_counts;
  PERFORM add_daily_figures(array(select f from leads l, lateral lead_figures(l, lead_events_of(l.id)) f), 1);
  PERFORM add_funnel_cohorts(array(select f from leads l, lateral lead_cohorts(l, lead_events_of(l.id)) f), 1);
  PERFORM add_lead_counts(array(select f from leads l, lateral lead_count(l) f), 1);
  PERFORM add_daily_figures(array(select f from meetings m, lateral meeting_figures(m) f), 1);
  PERFORM add_daily_figures(array(select f from projects p, lateral project_figures(p) f), 1);
END $$;
