import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { chainNodes, chains } from './chains';
import { recordColumns } from './columns';
import { teams } from './teams';
import { users } from './users';

/** 链式招商方向: why a target is wanted. */
export const CHAIN_ACTIONS = ['supplement', 'extend', 'upgrade', 'build'] as const;
export type ChainAction = (typeof CHAIN_ACTIONS)[number];
export const chainActionEnum = pgEnum('chain_action', CHAIN_ACTIONS);

export const ENTERPRISE_SCALES = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number];
export const enterpriseScaleEnum = pgEnum('enterprise_scale', ENTERPRISE_SCALES);

/** 企业标签, in ranking order for precision targeting (most wanted first). */
export const ENTERPRISE_TAGS = ['链主企业', '世界500强', '中国500强', '上市公司', '专精特新"小巨人"', '专精特新', '高新技术企业', '独角兽'] as const;
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number];

/** 企业: a local or target company. */
export const enterprises = pgTable(
  'enterprises',
  {
    ...recordColumns,
    name: text().notNull(),
    // Lower-case NFKC form without spaces, and its distinct 2-character grams: a GIN index on the grams
    // serves the 2-character Chinese searches that pg_trgm cannot (see lib/enterprise-name.ts).
    nameSearch: text().notNull(),
    nameGrams: text().array().notNull(),
    // The name without legal-form words and brackets, for "possible duplicate" candidates.
    nameKey: text().notNull(),
    uscc: text(),
    province: text().notNull().default(''),
    city: text().notNull().default(''),
    industry: text().notNull().default(''),
    chainId: uuid().references(() => chains.id),
    nodeId: uuid().references(() => chainNodes.id),
    chainAction: chainActionEnum(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    // Derived from tags on every save (lib/enterprise-tags.ts): how strongly precision targeting suggests this firm.
    targetScore: integer().notNull().default(0),
    // Derived on every save (db/enterprise-derived.ts): the values the list filters match, e.g. 'p:江苏', 'g:专精特新'.
    facets: text().array().notNull().default(sql`'{}'::text[]`),
    // 万元
    registeredCapital: numeric({ precision: 14, scale: 2, mode: 'number' }),
    scale: enterpriseScaleEnum(),
    website: text().notNull().default(''),
    address: text().notNull().default(''),
    intro: text().notNull().default(''),
    source: text().notNull().default(''),
    // The team that keeps this record; officers edit only their own team's enterprises.
    teamId: uuid().references(() => teams.id),
    createdBy: uuid().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true }),
    mergedIntoId: uuid().references((): AnyPgColumn => enterprises.id),
  },
  (t) => {
    // Every list, search and map query reads live rows only, so the indexes leave soft-deleted ones out.
    const live = sql`${t.deletedAt} is null`;
    return [
      uniqueIndex('enterprises_uscc_key').on(t.uscc).where(live),
      index('enterprises_name_grams_idx').using('gin', t.nameGrams).where(live),
      index('enterprises_name_key_idx').on(t.nameKey).where(live),
      index('enterprises_facets_idx').using('gin', t.facets).where(live),
      index('enterprises_chain_node_idx').on(t.chainId, t.nodeId).where(live),
      index('enterprises_node_target_idx').on(t.nodeId, t.targetScore.desc(), t.registeredCapital.desc().nullsLast()).where(live),
      index('enterprises_created_idx').on(t.createdAt.desc(), t.id.desc()).where(live),
      index('enterprises_name_sort_idx').on(t.name, t.id).where(live),
      index('enterprises_capital_idx').on(t.registeredCapital.desc().nullsLast(), t.id.desc()).where(live),
      index('enterprises_deleted_idx').on(t.deletedAt.desc()).where(sql`${t.deletedAt} is not null`),
      index('enterprises_merged_into_idx').on(t.mergedIntoId),
    ];
  },
);

/** 联系人: a person at an enterprise. */
export const contacts = pgTable(
  'contacts',
  {
    ...recordColumns,
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    name: text().notNull(),
    title: text().notNull().default(''),
    mobile: text().notNull().default(''),
    phone: text().notNull().default(''),
    email: text().notNull().default(''),
    wechat: text().notNull().default(''),
    notes: text().notNull().default(''),
    isPrimary: boolean().notNull().default(false),
    deletedAt: timestamp({ withTimezone: true }),
    // Set when the person's data was erased on request (个人信息保护法): the row stays, anonymised, so the
    // meetings that list the contact still add up (db/queries/personal-data.ts).
    erasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('contacts_enterprise_idx').on(t.enterpriseId),
    // Whole-table (not only live rows): the personal-data search must find a soft-deleted contact too, whose
    // details are still held. Soft-deleted contacts are few, so the live-only searches lose nothing.
    index('contacts_name_idx').on(t.name.op('text_pattern_ops')),
    index('contacts_mobile_idx').on(t.mobile.op('text_pattern_ops')),
    index('contacts_email_idx').on(sql`lower(${t.email})`).where(sql`${t.email} <> ''`),
  ],
);

export type Enterprise = typeof enterprises.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
