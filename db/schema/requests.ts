import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { departments } from './departments';
import { enterprises } from './enterprises';
import { projects } from './projects';
import { teams } from './teams';
import { users } from './users';

/** 用地, 审批, 融资, 用工, 人才, 水电气, 政策, 其他. */
export const REQUEST_CATEGORIES = ['land', 'approval', 'finance', 'staffing', 'talent', 'utilities', 'policy', 'other'] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];
export const requestCategoryEnum = pgEnum('request_category', REQUEST_CATEGORIES);

/** 一般 / 紧急 / 特急. */
export const REQUEST_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type RequestUrgency = (typeof REQUEST_URGENCIES)[number];
export const requestUrgencyEnum = pgEnum('request_urgency', REQUEST_URGENCIES);

/** 待分派 → 办理中 → 已办结 → 已确认 (lib/request-flow.ts). "Overdue" is not a state: deadline passed before 已办结. */
export const REQUEST_STATES = ['pending', 'in_progress', 'resolved', 'confirmed'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const requestStateEnum = pgEnum('request_state', REQUEST_STATES);

/** 满意 / 基本满意 / 不满意 (不满意 reopens the request). */
export const SATISFACTIONS = ['satisfied', 'basically', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const satisfactionEnum = pgEnum('satisfaction', SATISFACTIONS);

/** What a history entry records: raised, edited, accepted, result reported, confirmed (a 不满意 confirmation reopens). */
export const REQUEST_STEPS = ['raise', 'edit', 'accept', 'resolve', 'confirm'] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];
export const requestStepEnum = pgEnum('request_step', REQUEST_STEPS);

/**
 * 企业诉求: a problem an enterprise (or one of its signed projects) raises through the team's officer, handled
 * by one department. Kept by the raising team (officers see their team's), handled by the department's liaisons.
 */
export const enterpriseRequests = pgTable(
  'enterprise_requests',
  {
    ...recordColumns,
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    projectId: uuid().references(() => projects.id),
    teamId: uuid().notNull().references(() => teams.id),
    departmentId: uuid().notNull().references(() => departments.id),
    category: requestCategoryEnum().notNull(),
    urgency: requestUrgencyEnum().notNull().default('normal'),
    description: text().notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    state: requestStateEnum().notNull().default('pending'),
    // The department's latest report and the officer's latest verdict, kept on the row so lists need no history join.
    result: text().notNull().default(''),
    satisfaction: satisfactionEnum(),
    reopenCount: integer().notNull().default(0),
    raisedBy: uuid().notNull().references(() => users.id),
    acceptedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The list pages by (deadline, id) inside each scope.
    index('enterprise_requests_department_idx').on(t.departmentId, t.state, t.deadline, t.id),
    index('enterprise_requests_team_idx').on(t.teamId, t.state, t.deadline, t.id),
    index('enterprise_requests_state_idx').on(t.state, t.deadline, t.id),
    index('enterprise_requests_deadline_idx').on(t.deadline, t.id),
    index('enterprise_requests_enterprise_idx').on(t.enterpriseId, t.deadline),
    index('enterprise_requests_project_idx').on(t.projectId, t.deadline).where(sql`${t.projectId} is not null`),
    // Everything the dashboard's per-department figures read, so they come from the index alone.
    index('enterprise_requests_figures_idx').on(t.departmentId, t.teamId, t.state, t.deadline, t.createdAt, t.resolvedAt, t.reopenCount),
  ],
);

/** One step in a request's life: who, when, from which state to which, with the note or verdict given. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    requestId: uuid().notNull().references(() => enterpriseRequests.id),
    actorId: uuid().notNull().references(() => users.id),
    step: requestStepEnum().notNull(),
    fromState: requestStateEnum(),
    toState: requestStateEnum().notNull(),
    note: text().notNull().default(''),
    satisfaction: satisfactionEnum(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);

export type EnterpriseRequest = typeof enterpriseRequests.$inferSelect;
export type RequestEvent = typeof requestEvents.$inferSelect;
