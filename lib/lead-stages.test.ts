import { describe, expect, it } from 'vitest';
import { checkStageMove, isStalled, missingForStage } from './lead-stages';

const empty = { nodeId: null, chainAction: null, intendedInvestment: null, meetings: null };
const complete = { nodeId: 'n1', chainAction: 'supplement', intendedInvestment: 5000, meetings: 2 };

describe('missingForStage', () => {
  it('has no gate for the first two stages', () => {
    expect(missingForStage(empty, 'lead')).toEqual([]);
    expect(missingForStage(empty, 'contacted')).toEqual([]);
  });

  it('asks for a meeting before 考察互访 once meetings are counted', () => {
    expect(missingForStage({ ...empty, meetings: 0 }, 'site_visit')).toEqual(['meeting']);
    expect(missingForStage({ ...empty, meetings: 1 }, 'site_visit')).toEqual([]);
    expect(missingForStage(empty, 'site_visit')).toEqual([]);
  });

  it('asks for node, action and investment before 深度洽谈, and keeps the earlier gates', () => {
    expect(missingForStage({ ...empty, meetings: 0 }, 'negotiating')).toEqual(['meeting', 'nodeId', 'chainAction', 'intendedInvestment']);
    expect(missingForStage({ ...complete, intendedInvestment: 0 }, 'negotiating')).toEqual([]);
    expect(missingForStage(complete, 'negotiating')).toEqual([]);
  });
});

describe('checkStageMove', () => {
  const move = (from: Parameters<typeof checkStageMove>[0], to: Parameters<typeof checkStageMove>[1], reason = '', gate = complete) => checkStageMove(from, to, { reason, gate });

  it('allows moves along the pipeline either way, and skipping when the gates hold', () => {
    expect(move('lead', 'contacted')).toBeNull();
    expect(move('negotiating', 'contacted')).toBeNull();
    expect(move('lead', 'negotiating')).toBeNull();
    expect(checkStageMove('lead', 'negotiating', { reason: '', gate: empty })).toBe('gate');
  });

  it('needs a reason to put on hold or drop, and allows reopening', () => {
    expect(move('contacted', 'on_hold')).toBe('reasonRequired');
    expect(move('contacted', 'dropped', '  ')).toBe('reasonRequired');
    expect(move('contacted', 'dropped', '企业转投外省')).toBeNull();
    expect(move('dropped', 'contacted')).toBeNull();
    expect(move('on_hold', 'negotiating')).toBeNull();
  });

  it('never signs by a stage move and never moves a signed lead', () => {
    expect(move('negotiating', 'signed')).toBe('signViaProject');
    expect(move('signed', 'negotiating')).toBe('signedIsFinal');
    expect(move('lead', 'lead')).toBe('sameStage');
  });
});

describe('isStalled', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  it('flags pipeline leads without activity for more than 30 days', () => {
    expect(isStalled('contacted', new Date('2026-10-26T00:00:00Z'), now)).toBe(true);
    expect(isStalled('contacted', new Date('2026-10-28T00:00:00Z'), now)).toBe(false);
    expect(isStalled('on_hold', new Date('2025-01-01T00:00:00Z'), now)).toBe(false);
  });
});
