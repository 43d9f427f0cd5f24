import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { enterprises } from './enterprises';
import { teams } from './teams';
import { users } from './users';

export const NODE_POSITIONS = ['upstream', 'midstream', 'downstream'] as const;
export type NodePosition = (typeof NODE_POSITIONS)[number];
export const nodePositionEnum = pgEnum('node_position', NODE_POSITIONS);

/** 环节现状: the zone's own assessment of a link. */
export const NODE_STATUSES = ['strong', 'weak', 'missing'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];
export const nodeStatusEnum = pgEnum('node_status', NODE_STATUSES);

/** 产业链: a local industry chain, run by a team under its responsible leader (链长). */
export const chains = pgTable(
  'chains',
  {
    ...recordColumns,
    name: text().notNull(),
    description: text().notNull().default(''),
    leaderId: uuid().references(() => users.id),
    teamId: uuid().references(() => teams.id),
    sortOrder: integer().notNull().default(0),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('chains_name_key').on(t.name).where(sql`${t.deletedAt} is null`),
    index('chains_team_id_idx').on(t.teamId),
    index('chains_leader_id_idx').on(t.leaderId),
  ],
);

/** 产业链环节: one link of a chain. */
export const chainNodes = pgTable(
  'chain_nodes',
  {
    ...recordColumns,
    chainId: uuid().notNull().references(() => chains.id),
    name: text().notNull(),
    position: nodePositionEnum().notNull(),
    status: nodeStatusEnum().notNull(),
    keyProducts: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('chain_nodes_chain_idx').on(t.chainId, t.position, t.sortOrder)],
);

/** 链主企业 named by a chain. */
export const chainLeaderEnterprises = pgTable(
  'chain_leader_enterprises',
  {
    chainId: uuid().notNull().references(() => chains.id),
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chainId, t.enterpriseId] }), index('chain_leader_enterprises_enterprise_idx').on(t.enterpriseId)],
);

export type Chain = typeof chains.$inferSelect;
export type ChainNode = typeof chainNodes.$inferSelect;
