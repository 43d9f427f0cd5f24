import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { chainNodes, chains } from './chains';
import { recordColumns } from './columns';
import { chainActionEnum, enterprises } from './enterprises';
import { teams } from './teams';
import { users } from './users';

/** 项目阶段: 线索 → 初步接洽 → 考察互访 → 深度洽谈 → 签约, with the side exits 搁置 and 终止. */
export const LEAD_STAGES = ['lead', 'contacted', 'site_visit', 'negotiating', 'signed', 'on_hold', 'dropped'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];
export const leadStageEnum = pgEnum('lead_stage', LEAD_STAGES);

/** 招商方式. */
export const SOURCE_METHODS = ['fixed_point', 'door_knocking', 'referral', 'trade_fair', 'agency', 'department'] as const;
export type SourceMethod = (typeof SOURCE_METHODS)[number];
export const sourceMethodEnum = pgEnum('source_method', SOURCE_METHODS);

export const LEAD_PRIORITIES = ['high', 'medium', 'low'] as const;
export type LeadPriority = (typeof LEAD_PRIORITIES)[number];
export const leadPriorityEnum = pgEnum('lead_priority', LEAD_PRIORITIES);

/** 招商线索 / 在谈项目: one investment opportunity with one enterprise, worked by one team. */
export const leads = pgTable(
  'leads',
  {
    ...recordColumns,
    projectName: text().notNull(),
    content: text().notNull().default(''),
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    chainId: uuid().references(() => chains.id),
    nodeId: uuid().references(() => chainNodes.id),
    chainAction: chainActionEnum(),
    // 万元
    intendedInvestment: numeric({ precision: 14, scale: 2, mode: 'number' }),
    // 亩
    landArea: numeric({ precision: 10, scale: 2, mode: 'number' }),
    expectedJobs: integer(),
    sourceMethod: sourceMethodEnum(),
    sourceDetail: text().notNull().default(''),
    priority: leadPriorityEnum().notNull().default('medium'),
    // First day of the expected signing month.
    expectedSigningMonth: text(),
    teamId: uuid().notNull().references(() => teams.id),
    ownerId: uuid().notNull().references(() => users.id),
    stage: leadStageEnum().notNull().default('lead'),
    stageChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Why it is on hold or dropped.
    stageReason: text().notNull().default(''),
    // Any event on the lead (edit, stage, assignment; meetings later) moves this; 30 days without = stalled.
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // 撞单: another team had an active lead on the same enterprise when this one was saved.
    conflict: boolean().notNull().default(false),
    conflictNote: text().notNull().default(''),
    // Derived on every save (db/lead-derived.ts): the values the list filters match.
    facets: text().array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => {
    const live = sql`${t.deletedAt} is null`;
    return [
      index('leads_facets_idx').using('gin', t.facets).where(live),
      index('leads_team_stage_idx').on(t.teamId, t.stage, t.lastActivityAt.desc(), t.id.desc()).where(live),
      // The board's per-stage count and amount, for a team or the zone, read from this index alone (no heap visits).
      index('leads_board_totals_idx').on(t.teamId, t.stage, t.intendedInvestment).where(live),
      index('leads_stage_activity_idx').on(t.stage, t.lastActivityAt.desc(), t.id.desc()).where(live),
      index('leads_enterprise_idx').on(t.enterpriseId).where(live),
      index('leads_owner_idx').on(t.ownerId).where(live),
      index('leads_activity_idx').on(t.lastActivityAt.desc(), t.id.desc()).where(live),
      index('leads_created_idx').on(t.createdAt.desc(), t.id.desc()).where(live),
      index('leads_investment_idx').on(t.intendedInvestment.desc().nullsLast(), t.id.desc()).where(live),
      index('leads_conflict_idx').on(t.enterpriseId).where(sql`${t.conflict} and ${t.deletedAt} is null`),
      index('leads_node_idx').on(t.nodeId, t.stage).where(live),
      // A chain's leads by stage and activity (the dashboard's stalled leads), and its lead ids without visiting the rows.
      index('leads_chain_stage_idx').on(t.chainId, t.stage, t.lastActivityAt.desc(), t.id.desc()).where(live),
    ];
  },
);

export const LEAD_EVENT_KINDS = ['created', 'updated', 'stage', 'assigned', 'conflict', 'conflictResolved', 'intakeAccepted'] as const;
export type LeadEventKind = (typeof LEAD_EVENT_KINDS)[number];

/** A lead's history: stage changes (with time and user, for stage durations), assignments, conflicts. */
export const leadEvents = pgTable(
  'lead_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    leadId: uuid().notNull().references(() => leads.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    kind: text().$type<LeadEventKind>().notNull(),
    fromStage: leadStageEnum(),
    toStage: leadStageEnum(),
    reason: text().notNull().default(''),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('lead_events_lead_idx').on(t.leadId, t.at.desc()), index('lead_events_stage_idx').on(t.toStage, t.at).where(sql`${t.kind} = 'stage'`)],
);

export const INTAKE_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];
export const intakeStatusEnum = pgEnum('intake_status', INTAKE_STATUSES);

/** 大招商 intake: what a liaison of another department knows about a possible lead, waiting for a decision. */
export const intakeItems = pgTable(
  'intake_items',
  {
    ...recordColumns,
    submittedBy: uuid().notNull().references(() => users.id),
    enterpriseName: text().notNull(),
    uscc: text(),
    contactName: text().notNull().default(''),
    contactPhone: text().notNull().default(''),
    projectHint: text().notNull().default(''),
    status: intakeStatusEnum().notNull().default('pending'),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    declineReason: text().notNull().default(''),
    leadId: uuid().references(() => leads.id),
  },
  (t) => [index('intake_items_submitter_idx').on(t.submittedBy, t.createdAt.desc()), index('intake_items_status_idx').on(t.status, t.createdAt.desc())],
);

export type Lead = typeof leads.$inferSelect;
export type LeadEvent = typeof leadEvents.$inferSelect;
export type IntakeItem = typeof intakeItems.$inferSelect;
