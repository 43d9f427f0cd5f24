import { sql } from 'drizzle-orm';
import { bigserial, boolean, customType, date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { chainNodes, chains } from './chains';
import { recordColumns } from './columns';
import { chainActionEnum, enterprises } from './enterprises';
import { leads } from './leads';
import { teams } from './teams';
import { users } from './users';

/** 新建 / 扩建 / 技改. */
export const PROJECT_KINDS = ['new', 'expansion', 'renovation'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const projectKindEnum = pgEnum('project_kind', PROJECT_KINDS);

/** 挂图作战 columns, derived from the milestones' actual dates: 已签约未开工 / 在建 / 已投产. */
export const PROJECT_STATUSES = ['signed', 'building', 'producing'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const projectStatusEnum = pgEnum('project_status', PROJECT_STATUSES);

/** 项目节点 in order: 注册落地, 供地, 开工, 投产. */
export const MILESTONE_KINDS = ['registered', 'land', 'construction', 'production'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const milestoneKindEnum = pgEnum('milestone_kind', MILESTONE_KINDS);

/** 内资 / 外资. */
export const FUNDS_SOURCES = ['domestic', 'foreign'] as const;
export type FundsSource = (typeof FUNDS_SOURCES)[number];
export const fundsSourceEnum = pgEnum('funds_source', FUNDS_SOURCES);

/** What an evidence file proves. */
export const EVIDENCE_KINDS = ['agreement', 'licence', 'land_certificate', 'construction_permit', 'production_proof', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const evidenceKindEnum = pgEnum('evidence_kind', EVIDENCE_KINDS);

/** 重大项目: contracted investment of at least 5,000 万元. */
export const MAJOR_PROJECT_WAN = 5000;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** 签约项目: a lead that reached 签约, with what the agreement says. Kept by the lead's team. */
export const projects = pgTable(
  'projects',
  {
    ...recordColumns,
    leadId: uuid().notNull().references(() => leads.id),
    enterpriseId: uuid().notNull().references(() => enterprises.id),
    // Placement copied from the lead at signing, so the wall chart filters without joins.
    chainId: uuid().references(() => chains.id),
    nodeId: uuid().references(() => chainNodes.id),
    chainAction: chainActionEnum(),
    teamId: uuid().notNull().references(() => teams.id),
    ownerId: uuid().notNull().references(() => users.id),
    name: text().notNull(),
    agreementName: text().notNull(),
    signedOn: date({ mode: 'string' }).notNull(),
    // 签约活动, e.g. 2026年春季集中签约; '' when signed on its own.
    occasion: text().notNull().default(''),
    kind: projectKindEnum().notNull(),
    // 万元
    contractedInvestment: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull(),
    fixedAssetInvestment: numeric({ precision: 14, scale: 2, mode: 'number' }),
    // Derived by the database, so no form or import can type it.
    major: boolean()
      .notNull()
      .generatedAlwaysAs(sql`contracted_investment >= ${sql.raw(String(MAJOR_PROJECT_WAN))}`),
    // 亩
    landArea: numeric({ precision: 10, scale: 2, mode: 'number' }),
    expectedJobs: integer(),
    // 万元 per year once producing
    expectedOutput: numeric({ precision: 14, scale: 2, mode: 'number' }),
    // Kept by every milestone and funds write in the same transaction (db/queries/project-derived.ts).
    status: projectStatusEnum().notNull().default('signed'),
    fundsInPlace: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    // The earliest planned date of a milestone without an actual date: the card's countdown.
    nextDueOn: date({ mode: 'string' }),
    facets: text().array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => {
    const live = sql`${t.deletedAt} is null`;
    return [
      uniqueIndex('projects_lead_idx').on(t.leadId).where(live),
      index('projects_facets_idx').using('gin', t.facets).where(live),
      index('projects_signed_idx').on(t.signedOn.desc(), t.id.desc()).where(live),
      index('projects_amount_idx').on(t.contractedInvestment.desc(), t.id.desc()).where(live),
      index('projects_status_due_idx').on(t.status, t.nextDueOn, t.id).where(live),
      index('projects_team_status_idx').on(t.teamId, t.status, t.nextDueOn).where(live),
      index('projects_enterprise_idx').on(t.enterpriseId).where(live),
      index('projects_node_idx').on(t.nodeId).where(live),
      // A live project's team without visiting its (wide) row: the reports join milestones to it by the thousand.
      index('projects_team_idx').on(t.id, t.teamId).where(live),
    ];
  },
);

/** 到位资金: one dated arrival of money for a project. */
export const projectFunds = pgTable(
  'project_funds',
  {
    ...recordColumns,
    projectId: uuid().notNull().references(() => projects.id),
    receivedOn: date({ mode: 'string' }).notNull(),
    // 万元
    amount: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull(),
    source: fundsSourceEnum().notNull().default('domestic'),
    note: text().notNull().default(''),
    createdBy: uuid().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('project_funds_project_idx').on(t.projectId, t.receivedOn).where(sql`${t.deletedAt} is null`),
    index('project_funds_received_idx').on(t.receivedOn).where(sql`${t.deletedAt} is null`),
  ],
);

/** 项目节点: planned and actual dates, progress and a leader's 核验. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    ...recordColumns,
    projectId: uuid().notNull().references(() => projects.id),
    kind: milestoneKindEnum().notNull(),
    plannedOn: date({ mode: 'string' }),
    actualOn: date({ mode: 'string' }),
    progress: integer().notNull().default(0),
    notes: text().notNull().default(''),
    // Statistics count a milestone from here; changing the actual date clears it.
    verifiedAt: timestamp({ withTimezone: true }),
    verifiedBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('project_milestones_kind_idx').on(t.projectId, t.kind),
    index('project_milestones_late_idx').on(t.plannedOn).where(sql`${t.actualOn} is null`),
    index('project_milestones_verified_idx').on(t.kind, t.verifiedAt).where(sql`${t.verifiedAt} is not null`),
  ],
);

/** Evidence files, stored in PostgreSQL so a database backup holds everything. */
export const projectFiles = pgTable(
  'project_files',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    projectId: uuid().notNull().references(() => projects.id),
    milestoneId: uuid().references(() => projectMilestones.id),
    kind: evidenceKindEnum().notNull(),
    fileName: text().notNull(),
    // Detected from the content (lib/file-type.ts), never taken from the upload.
    mimeType: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    uploadedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('project_files_project_idx').on(t.projectId, t.createdAt).where(sql`${t.deletedAt} is null`)],
);

export type Project = typeof projects.$inferSelect;
export type ProjectFunds = typeof projectFunds.$inferSelect;
export type ProjectMilestone = typeof projectMilestones.$inferSelect;
