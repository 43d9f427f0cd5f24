import { describe, expect, it } from 'vitest';
import { enterpriseInput, leadInput, makeTeam, makeViewer, withTestDb } from '@/db/test-utils';
import { DomainError } from '@/lib/errors';
import type { LeadStage } from '@/db/schema';
import { insertEnterprise } from './enterprises';
import { getLeadOrThrow, insertLead, listLeadEvents, moveLeadStage } from './leads';
import type { Viewer } from './viewer';

withTestDb();

const MOVERS = 20;

async function newLead(officer: Viewer, name: string): Promise<string> {
  const enterpriseId = (await insertEnterprise(officer, enterpriseInput(name))).id;
  return (await insertLead(officer, leadInput(enterpriseId))).id;
}

/** The lead's stage changes, oldest first. */
async function stageHistory(viewer: Viewer, id: string) {
  return (await listLeadEvents(viewer, id)).filter((e) => e.kind === 'stage').reverse();
}

describe('20 people moving one lead at once', () => {
  it('lets exactly one of 20 moves with the same version through; the other 19 are told it changed', async () => {
    const officer = await makeViewer('officer', await makeTeam());
    const id = await newLead(officer, '并发移动测试有限公司');
    const { version } = await getLeadOrThrow(officer, id);

    const results = await Promise.allSettled(Array.from({ length: MOVERS }, () => moveLeadStage(officer, id, version, 'contacted', '')));

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refusals).toHaveLength(MOVERS - 1);
    for (const reason of refusals) expect(reason).toBeInstanceOf(DomainError);
    expect(refusals.map((e: DomainError) => e.code)).toEqual(Array(MOVERS - 1).fill('conflict'));
    expect(await getLeadOrThrow(officer, id)).toMatchObject({ stage: 'contacted', version: version + 1 });
    expect((await stageHistory(officer, id)).map((e) => [e.fromStage, e.toStage])).toEqual([['lead', 'contacted']]);
  });

  it('keeps a history whose every step starts where the previous one ended when 20 movers retry on a fresh read', async () => {
    const officer = await makeViewer('officer', await makeTeam());
    const id = await newLead(officer, '并发重试测试有限公司');
    const targets: LeadStage[] = ['lead', 'contacted', 'on_hold'];
    let conflicts = 0;

    // Each mover reads the lead, picks a stage other than the current one, and tries again while someone beat it.
    const mover = async (n: number) => {
      for (;;) {
        const { stage, version } = await getLeadOrThrow(officer, id);
        const choices = targets.filter((s) => s !== stage);
        try {
          await moveLeadStage(officer, id, version, choices[n % choices.length], `第${n}位`);
          return;
        } catch (error) {
          if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: MOVERS }, (_, n) => mover(n)));

    const history = await stageHistory(officer, id);
    expect(history).toHaveLength(MOVERS);
    expect(history[0].fromStage).toBe('lead');
    history.slice(1).forEach((event, i) => expect(event.fromStage, `step ${i + 2}`).toBe(history[i].toStage));
    const lead = await getLeadOrThrow(officer, id);
    expect(lead.stage).toBe(history.at(-1)?.toStage);
    expect(lead.version).toBe(1 + MOVERS);
    // Every mover signed exactly one step.
    expect(new Set(history.map((e) => e.reason)).size).toBe(MOVERS);
    // The movers really raced (on PGlite transactions queue, so a loser still meets a newer version).
    expect(conflicts).toBeGreaterThan(0);
  });
});
