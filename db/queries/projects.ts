import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { leadFacets } from '@/db/lead-derived';
import { projectFacets } from '@/db/project-derived';
import { chainNodes, chains, enterprises, leadEvents, leads, projectFunds, projectMilestones, projects, teams, users, MILESTONE_KINDS, type ChainAction, type Project, type ProjectKind, type ProjectStatus } from '@/db/schema';
import { projectScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import { nextDueOn, projectStatus } from '@/lib/project-status';
import type { ProjectUpdateInput, SignInput } from '@/lib/validation/projects';
import { diff, writeAudit } from './audit';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

/**
 * Signs a lead in 深度洽谈: creates the project with its four milestones (开工 and 投产 planned as the
 * form says) and moves the lead to 签约 — one transaction, so a failure anywhere leaves neither.
 */
export async function signLead(viewer: Viewer, input: SignInput): Promise<{ id: string }> {
  assertCan(viewer, 'projects.write');
  assertId(input.leadId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const writable = viewer.role === 'admin' ? undefined : viewer.teamId ? eq(leads.teamId, viewer.teamId) : sql`false`;
    const [lead] = await tx
      .select()
      .from(leads)
      .where(and(eq(leads.id, input.leadId), isNull(leads.deletedAt), writable))
      .for('update');
    if (!lead) throw new DomainError('notFound');
    if (lead.version !== input.version) throw new DomainError('conflict');
    if (lead.stage !== 'negotiating') throw new DomainError('signNeedsNegotiating');

    const { leadId: _l, version: _v, plannedStartOn, plannedProductionOn, ...agreement } = input;
    const planned: Record<(typeof MILESTONE_KINDS)[number], string | null> = { registered: null, land: null, construction: plannedStartOn, production: plannedProductionOn };
    const fields = {
      ...agreement,
      leadId: lead.id,
      enterpriseId: lead.enterpriseId,
      chainId: lead.chainId,
      nodeId: lead.nodeId,
      chainAction: lead.chainAction,
      teamId: lead.teamId,
      ownerId: lead.ownerId,
      name: lead.projectName,
      status: 'signed' as const,
      nextDueOn: nextDueOn(MILESTONE_KINDS.map((kind) => ({ kind, plannedOn: planned[kind], actualOn: null }))),
    };
    const [project] = await tx
      .insert(projects)
      .values({ ...fields, facets: projectFacets(fields), createdBy: viewer.id })
      .returning({ id: projects.id });
    await tx.insert(projectMilestones).values(MILESTONE_KINDS.map((kind) => ({ projectId: project.id, kind, plannedOn: planned[kind] })));
    await tx
      .update(leads)
      .set({ stage: 'signed', stageReason: '', stageChangedAt: sql`now()`, lastActivityAt: sql`now()`, facets: leadFacets({ ...lead, stage: 'signed' }), version: lead.version + 1, updatedAt: sql`now()` })
      .where(eq(leads.id, lead.id));
    await tx.insert(leadEvents).values({ leadId: lead.id, actorId: viewer.id, kind: 'stage', fromStage: lead.stage, toStage: 'signed', data: { projectId: project.id } });
    await writeAudit(tx, viewer, { action: 'stage', entityType: 'lead', entityId: lead.id, changes: { stage: [lead.stage, 'signed'], projectId: project.id } });
    await writeAudit(tx, viewer, { action: 'create', entityType: 'project', entityId: project.id, changes: { ...fields, plannedStartOn, plannedProductionOn } });
    return { id: project.id };
  });
}

/** Locks a project the viewer may change (officers their team's, admins any). Out of scope reads as not found. */
export async function lockProject(tx: Tx, viewer: Viewer, projectId: string): Promise<Project> {
  assertId(projectId);
  const [row] = await tx
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), isNull(projects.deletedAt), projectScope(viewer)))
    .for('update');
  if (!row) throw new DomainError('notFound');
  return row;
}

/**
 * 编辑项目信息: corrects what the agreement says (officers their team's projects, admins any), at the
 * version the form loaded. The filter facets follow (signing year, 重大项目, occasion); `major` itself is
 * derived by the database. Saving the values as they are changes nothing and writes no audit row.
 */
export async function updateProject(viewer: Viewer, input: ProjectUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'projects.write');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { id, version, ...patch } = input;
    const project = await lockProject(tx, viewer, id);
    if (project.version !== version) throw new DomainError('conflict');
    const changes = diff(project, patch);
    if (Object.keys(changes).length === 0) return { id };
    await tx
      .update(projects)
      .set({ ...patch, facets: projectFacets({ ...project, ...patch }), version: version + 1, updatedAt: sql`now()` })
      .where(eq(projects.id, id));
    await writeAudit(tx, viewer, { action: 'update', entityType: 'project', entityId: id, changes });
    return { id };
  });
}

/** Recomputes what the wall chart reads from the milestones and funds, in the transaction that changed them. */
export async function refreshProject(tx: Tx, project: Project): Promise<void> {
  const milestones = await tx
    .select({ kind: projectMilestones.kind, plannedOn: projectMilestones.plannedOn, actualOn: projectMilestones.actualOn })
    .from(projectMilestones)
    .where(eq(projectMilestones.projectId, project.id));
  const [{ total }] = await tx
    .select({ total: sql<number>`coalesce(sum(${projectFunds.amount}), 0)::float8` })
    .from(projectFunds)
    .where(and(eq(projectFunds.projectId, project.id), isNull(projectFunds.deletedAt)));
  const status = projectStatus(milestones);
  await tx
    .update(projects)
    .set({ status, nextDueOn: nextDueOn(milestones), fundsInPlace: total, facets: projectFacets({ ...project, status }), updatedAt: sql`now()` })
    .where(eq(projects.id, project.id));
  await tx.update(leads).set({ lastActivityAt: sql`now()` }).where(eq(leads.id, project.leadId));
}

export interface ProjectDetail {
  id: string;
  version: number;
  name: string;
  agreementName: string;
  signedOn: string;
  occasion: string;
  kind: ProjectKind;
  contractedInvestment: number;
  fixedAssetInvestment: number | null;
  major: boolean;
  landArea: number | null;
  expectedJobs: number | null;
  expectedOutput: number | null;
  status: ProjectStatus;
  fundsInPlace: number;
  nextDueOn: string | null;
  leadId: string;
  enterpriseId: string;
  enterpriseName: string;
  uscc: string | null;
  chainName: string | null;
  nodeName: string | null;
  chainAction: ChainAction | null;
  teamId: string;
  teamName: string;
  ownerName: string;
  createdAt: Date;
  canEdit: boolean;
  canVerify: boolean;
}

/** One project for its page. Out of the viewer's scope it is "not found". */
export async function getProjectOrThrow(viewer: Viewer, id: string): Promise<ProjectDetail> {
  assertCan(viewer, 'projects.read');
  assertId(id);
  const db = await getDb();
  const [row] = await db
    .select({
      id: projects.id,
      version: projects.version,
      name: projects.name,
      agreementName: projects.agreementName,
      signedOn: projects.signedOn,
      occasion: projects.occasion,
      kind: projects.kind,
      contractedInvestment: projects.contractedInvestment,
      fixedAssetInvestment: projects.fixedAssetInvestment,
      major: projects.major,
      landArea: projects.landArea,
      expectedJobs: projects.expectedJobs,
      expectedOutput: projects.expectedOutput,
      status: projects.status,
      fundsInPlace: projects.fundsInPlace,
      nextDueOn: projects.nextDueOn,
      leadId: projects.leadId,
      enterpriseId: projects.enterpriseId,
      enterpriseName: enterprises.name,
      uscc: enterprises.uscc,
      chainName: chains.name,
      nodeName: chainNodes.name,
      chainAction: projects.chainAction,
      teamId: projects.teamId,
      teamName: teams.name,
      ownerName: users.displayName,
      createdAt: projects.createdAt,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .innerJoin(users, eq(users.id, projects.ownerId))
    .leftJoin(chains, eq(chains.id, projects.chainId))
    .leftJoin(chainNodes, eq(chainNodes.id, projects.nodeId))
    .where(and(eq(projects.id, id), isNull(projects.deletedAt), projectScope(viewer)));
  if (!row) throw new DomainError('notFound');
  const canEdit = viewer.role === 'admin' || (viewer.role === 'officer' && viewer.teamId === row.teamId);
  return { ...row, canEdit, canVerify: viewer.role === 'leader' };
}

export interface ProjectLink {
  id: string;
  name: string;
  signedOn: string;
  contractedInvestment: number;
  major: boolean;
  status: ProjectStatus;
  fundsInPlace: number;
  teamName: string;
}

/** The signed projects of an enterprise (or of one lead), for the enterprise and lead pages, within scope. */
export async function listProjectLinks(viewer: Viewer, by: { enterpriseId: string } | { leadId: string }): Promise<ProjectLink[]> {
  assertCan(viewer, 'projects.read');
  const id = 'leadId' in by ? by.leadId : by.enterpriseId;
  assertId(id);
  const db = await getDb();
  return db
    .select({
      id: projects.id,
      name: projects.name,
      signedOn: projects.signedOn,
      contractedInvestment: projects.contractedInvestment,
      major: projects.major,
      status: projects.status,
      fundsInPlace: projects.fundsInPlace,
      teamName: teams.name,
    })
    .from(projects)
    .innerJoin(teams, eq(teams.id, projects.teamId))
    .where(and('leadId' in by ? eq(projects.leadId, id) : eq(projects.enterpriseId, id), isNull(projects.deletedAt), projectScope(viewer)))
    .orderBy(desc(projects.signedOn), asc(projects.id))
    .limit(50);
}
