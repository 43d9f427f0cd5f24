import { sql } from 'drizzle-orm';
import { bigserial, date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { chains } from './chains';
import { recordColumns } from './columns';
import { enterprises } from './enterprises';
import { leads } from './leads';
import { teams } from './teams';
import { users } from './users';

/** 外出拜访, 来访接待, 电话, 视频会议, 展会, 推介会. */
export const MEETING_KINDS = ['visit_out', 'inbound', 'call', 'video', 'fair', 'promotion'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const meetingKindEnum = pgEnum('meeting_kind', MEETING_KINDS);

/** 拜访/洽谈记录: one contact event with an enterprise, kept by the team that logged it. */
export const meetings = pgTable(
  'meetings',
  {
    ...recordColumns,
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    leadId: uuid().references(() => leads.id),
    teamId: uuid().notNull().references(() => teams.id),
    // The enterprise's chain when logged, for the chain filter without a join.
    chainId: uuid().references(() => chains.id),
    kind: meetingKindEnum().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull().default(''),
    summary: text().notNull(),
    outcome: text().notNull().default(''),
    // Our attendees (users) and theirs (contacts of the enterprise).
    attendeeIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    contactIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    // Filter values (db/meeting-derived.ts): kind, team, chain, enterprise and every attendee ('u:…').
    facets: text().array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => {
    const live = sql`${t.deletedAt} is null`;
    return [
      index('meetings_lead_idx').on(t.leadId, t.occurredAt.desc()).where(live),
      index('meetings_enterprise_idx').on(t.enterpriseId, t.occurredAt.desc()).where(live),
      index('meetings_team_time_idx').on(t.teamId, t.occurredAt.desc()).where(live),
      index('meetings_time_idx').on(t.occurredAt.desc(), t.id.desc()).where(live),
      index('meetings_facets_idx').using('gin', t.facets).where(live),
      // Where a person appears, for a personal-data export (db/queries/personal-data.ts).
      index('meetings_contacts_idx').using('gin', t.contactIds).where(live),
    ];
  },
);

/** 跟进事项: the next step from a meeting (or set on its own), owned by an officer, with a due date. */
export const followUps = pgTable(
  'follow_ups',
  {
    ...recordColumns,
    meetingId: uuid().references(() => meetings.id),
    leadId: uuid().references(() => leads.id),
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    teamId: uuid().notNull().references(() => teams.id),
    ownerId: uuid().notNull().references(() => users.id),
    title: text().notNull(),
    // A calendar date in Asia/Shanghai.
    dueDate: date({ mode: 'string' }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: uuid().references(() => users.id),
    // The meeting that did it, when one was logged.
    doneMeetingId: uuid().references(() => meetings.id),
    createdBy: uuid().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => {
    const open = sql`${t.doneAt} is null and ${t.deletedAt} is null`;
    return [
      index('follow_ups_owner_open_idx').on(t.ownerId, t.dueDate).where(open),
      index('follow_ups_team_open_idx').on(t.teamId, t.dueDate).where(open),
      // The dashboard's oldest overdue follow-ups across teams.
      index('follow_ups_open_due_idx').on(t.dueDate, t.id).where(open),
      index('follow_ups_lead_idx').on(t.leadId),
      index('follow_ups_enterprise_idx').on(t.enterpriseId),
    ];
  },
);

/** A free note on a lead or an enterprise's timeline. */
export const notes = pgTable(
  'notes',
  {
    ...recordColumns,
    leadId: uuid().references(() => leads.id),
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    teamId: uuid().notNull().references(() => teams.id),
    authorId: uuid().notNull().references(() => users.id),
    body: text().notNull(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notes_lead_idx').on(t.leadId, t.createdAt.desc()), index('notes_enterprise_idx').on(t.enterpriseId, t.createdAt.desc())],
);

export const NOTIFICATION_KINDS = ['leadAssigned', 'intakeAccepted', 'intakeDeclined', 'leadConflict', 'followUpAssigned'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The in-app bell, per user; due follow-ups are shown live beside these. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    userId: uuid().notNull().references(() => users.id),
    kind: text().$type<NotificationKind>().notNull(),
    // Message parameters (names, titles) fixed when it was sent.
    data: jsonb().$type<Record<string, string>>().notNull().default({}),
    link: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt.desc()), index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`)],
);

export type Meeting = typeof meetings.$inferSelect;
export type FollowUp = typeof followUps.$inferSelect;
