import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { leads } from './leads';
import { projects } from './projects';
import { teams } from './teams';
import { users } from './users';

/** 办理中 / 已办结. "Overdue" is not a state: it is an open item whose deadline has passed (Asia/Shanghai). */
export const SUPERVISION_STATES = ['open', 'closed'] as const;
export type SupervisionState = (typeof SUPERVISION_STATES)[number];
export const supervisionStateEnum = pgEnum('supervision_state', SUPERVISION_STATES);

/**
 * 督办事项: a leader's instruction on one lead or one signed project, for a team (and optionally one of
 * its officers), with a deadline. Seen by the team it is assigned to; leaders and admins see all.
 */
export const supervisionItems = pgTable(
  'supervision_items',
  {
    ...recordColumns,
    // Exactly one of the two (checked below).
    leadId: uuid().references(() => leads.id),
    projectId: uuid().references(() => projects.id),
    teamId: uuid().notNull().references(() => teams.id),
    // null: any officer of the team may report.
    assigneeId: uuid().references(() => users.id),
    title: text().notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    state: supervisionStateEnum().notNull().default('open'),
    // The latest progress report, kept with every report so the list needs no join on the history.
    lastProgressAt: timestamp({ withTimezone: true }),
    lastProgressNote: text().notNull().default(''),
    closingRemark: text().notNull().default(''),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid().references(() => users.id),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    check('supervision_items_one_record', sql`num_nonnulls(${t.leadId}, ${t.projectId}) = 1`),
    index('supervision_items_team_idx').on(t.teamId, t.state, t.deadline),
    index('supervision_items_state_idx').on(t.state, t.deadline),
    index('supervision_items_lead_idx').on(t.leadId),
    index('supervision_items_project_idx').on(t.projectId),
    index('supervision_items_assignee_idx').on(t.assigneeId),
  ],
);

/** 办理情况: one progress report on a supervision item, kept as its history. */
export const supervisionUpdates = pgTable(
  'supervision_updates',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid().notNull().references(() => supervisionItems.id),
    authorId: uuid().notNull().references(() => users.id),
    note: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_updates_item_idx').on(t.itemId, t.createdAt)],
);

export type SupervisionItem = typeof supervisionItems.$inferSelect;
export type SupervisionUpdate = typeof supervisionUpdates.$inferSelect;
