import { describe, expect, it } from 'vitest';
import { assessmentSearch, parseAssessmentFilter, parseAssessmentQuery } from './assessment';

describe('the 考核 query string', () => {
  it('defaults to this year to date, per officer, by name', () => {
    expect(parseAssessmentFilter({}, '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26', by: 'officer', sort: 'name', dir: 'asc' });
    expect(parseAssessmentFilter({ sort: 'signings' }, '2026-11-26')).toMatchObject({ sort: 'signings', dir: 'desc' });
  });

  it('keeps the period when only one end is given', () => {
    expect(parseAssessmentFilter({ to: '2025-06-30' }, '2026-11-26')).toMatchObject({ from: '2025-01-01', to: '2025-06-30' });
    expect(parseAssessmentFilter({ from: '2026-12-01' }, '2026-11-26')).toMatchObject({ from: '2026-12-01', to: '2026-12-01' });
    expect(parseAssessmentFilter({ by: 'team', sort: 'team' }, '2026-11-26')).toMatchObject({ by: 'team', sort: 'name' });
  });

  it('writes the query back as the export link carries it', () => {
    const query = parseAssessmentFilter({ sort: 'signings', teamId: '00000000-0000-4000-8000-000000000001' }, '2026-11-26');
    expect(assessmentSearch(query)).toBe('from=2026-01-01&to=2026-11-26&by=officer&sort=signings&dir=desc&teamId=00000000-0000-4000-8000-000000000001');
    expect(parseAssessmentQuery(new URLSearchParams(assessmentSearch(query)), '2026-11-26')).toEqual({ ok: true, query });
  });

  it('is strict for the export and lenient for the page', () => {
    const params = new URLSearchParams({ from: '2026-02-30', by: 'officer', sort: 'bogus' });
    expect(parseAssessmentQuery(params, '2026-11-26')).toEqual({ ok: false, fieldErrors: { from: ['dateFormat'], sort: ['invalidChoice'] } });
    expect(parseAssessmentQuery(new URLSearchParams({ from: '2026-05-01', to: '2026-04-01' }), '2026-11-26')).toEqual({ ok: false, fieldErrors: { to: ['beforeFrom'] } });
    expect(parseAssessmentFilter({ from: '2026-02-30', sort: 'bogus', teamId: 'x', by: 'team' }, '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26', by: 'team', sort: 'name', dir: 'asc' });
    expect(parseAssessmentFilter({ from: '2026-05-01', to: '2026-04-01' }, '2026-11-26')).toMatchObject({ from: '2026-04-01', to: '2026-05-01' });
  });
});
