import type { LeadStage } from '@/db/schema/leads';

/** The pipeline in order; 签约 is reached only through the signing form (projects), never by a stage move. */
export const PIPELINE: readonly LeadStage[] = ['lead', 'contacted', 'site_visit', 'negotiating'];
/** Side exits that need a reason. */
export const EXITS: readonly LeadStage[] = ['on_hold', 'dropped'];
/** Stages in which a team is still working the lead: they count for 撞单 and for "followed by". */
export const ACTIVE_STAGES: readonly LeadStage[] = [...PIPELINE, 'on_hold'];
/** Kanban columns. */
export const BOARD_STAGES: readonly LeadStage[] = [...PIPELINE, ...EXITS];

export const STALLED_AFTER_DAYS = 30;

export type GateField = 'nodeId' | 'chainAction' | 'intendedInvestment' | 'meeting';

export interface GateInput {
  nodeId: string | null;
  chainAction: string | null;
  intendedInvestment: number | null;
  /** Logged meetings; null until the meetings feature exists, which leaves that gate open. */
  meetings: number | null;
}

/**
 * What a lead still lacks to enter `to`. Gates add up along the pipeline: 考察互访 needs a logged meeting,
 * 深度洽谈 also needs the chain node, chain action and intended investment.
 */
export function missingForStage(lead: GateInput, to: LeadStage): GateField[] {
  const target = PIPELINE.indexOf(to);
  const missing: GateField[] = [];
  if (target >= PIPELINE.indexOf('site_visit') && lead.meetings !== null && lead.meetings < 1) missing.push('meeting');
  if (target >= PIPELINE.indexOf('negotiating')) {
    if (!lead.nodeId) missing.push('nodeId');
    if (!lead.chainAction) missing.push('chainAction');
    if (lead.intendedInvestment === null) missing.push('intendedInvestment');
  }
  return missing;
}

export type StageMoveProblem = 'sameStage' | 'signedIsFinal' | 'signViaProject' | 'reasonRequired' | 'gate';

/** Whether a lead may move from `from` to `to`; the first problem, or null. Reopening a held or dropped lead is allowed. */
export function checkStageMove(from: LeadStage, to: LeadStage, opts: { reason: string; gate: GateInput }): StageMoveProblem | null {
  if (from === to) return 'sameStage';
  if (from === 'signed') return 'signedIsFinal';
  if (to === 'signed') return 'signViaProject';
  if (EXITS.includes(to) && !opts.reason.trim()) return 'reasonRequired';
  if (PIPELINE.includes(to) && missingForStage(opts.gate, to).length > 0) return 'gate';
  return null;
}

/** No activity for 30 days while still in the pipeline. */
export function isStalled(stage: LeadStage, lastActivityAt: Date, now = new Date()): boolean {
  return PIPELINE.includes(stage) && now.getTime() - lastActivityAt.getTime() > STALLED_AFTER_DAYS * 86_400_000;
}
