import { describe, expect, it } from 'vitest';
import { describeProjectFilter, parseProjectExportQuery, zoneMinute } from './project-export';
import { testTranslate } from './test-translate';

const CHAIN = '7b0c6a52-3f6e-4a57-9a3c-6f1a9d1e2b40';
const none = { chain: null, node: null, team: null, owner: null };
const t = testTranslate();

describe('parseProjectExportQuery', () => {
  it('takes the /projects filters and the format, ignoring the page’s own parameters and empty values', () => {
    const query = parseProjectExportQuery(new URLSearchParams({ format: 'csv', year: '2026', chainId: CHAIN, major: '1', status: 'building', occasion: ' 春季集中签约 ', teamId: '', sort: 'amount', view: 'table' }), t);
    expect(query).toEqual({ ok: true, format: 'csv', filter: { year: 2026, chainId: CHAIN, major: '1', status: 'building', occasion: '春季集中签约' } });
  });

  it.each([
    [{ format: 'xlsx', year: 'abc' }, 'year', '筛选条件无效：签约年份 (year)'],
    [{ format: 'xlsx', status: 'nope' }, 'status', '筛选条件无效：状态 (status)'],
    [{ format: 'xlsx', chainId: 'not-a-uuid' }, 'chainId', '筛选条件无效：产业链 (chainId)'],
    [{ format: 'xlsx', fromMonth: '2026-13' }, 'fromMonth', '筛选条件无效：起始月份 (fromMonth)'],
    [{ format: 'pdf' }, 'format', '筛选条件无效：导出格式 (format)'],
    [{}, 'format', '筛选条件无效：导出格式 (format)'],
  ])('refuses %j with a message naming the field', (params, field, message) => {
    const query = parseProjectExportQuery(new URLSearchParams(params), t);
    expect(query).toMatchObject({ ok: false, error: 'invalid', message });
    expect(query.ok || Object.keys(query.fieldErrors)).toEqual([field]);
  });

  it('names every bad field, in English for English users', () => {
    const query = parseProjectExportQuery(new URLSearchParams({ format: 'csv', year: '1800', major: 'yes' }), testTranslate('en'));
    expect(query).toMatchObject({ ok: false, message: 'Invalid filter: signing year (year), major project (major)', fieldErrors: { year: ['outOfRange'], major: ['invalidChoice'] } });
  });
});

describe('describeProjectFilter', () => {
  it('says “all projects” without filters, and the officer’s team when the scope is theirs', () => {
    expect(describeProjectFilter({}, none, t)).toBe('全部项目');
    expect(describeProjectFilter({}, none, t, '一专班')).toBe('责任专班：一专班');
  });

  it('puts every filter in words, with names for ids', () => {
    const filter = { year: 2026, fromMonth: '2026-01', toMonth: '2026-06', chainId: CHAIN, nodeId: CHAIN, action: 'extend', teamId: CHAIN, ownerId: CHAIN, major: '0', status: 'signed', occasion: '秋季签约' } as const;
    expect(describeProjectFilter(filter, { chain: '新能源汽车', node: '动力电池', team: '二专班', owner: '张三' }, t, '一专班')).toBe(
      '2026年签约 · 2026-01 至 2026-06 · 产业链：新能源汽车 · 环节：动力电池 · 链式方向：延链 · 责任专班：二专班 · 责任人：张三 · 非重大项目 · 状态：已签约未开工 · 签约活动：秋季签约',
    );
    expect(describeProjectFilter({ fromMonth: '2026-03', chainId: CHAIN }, none, t)).toBe('2026-03 起 · 产业链：（未找到）');
    expect(describeProjectFilter({ toMonth: '2026-03' }, none, t)).toBe('至 2026-03');
  });
});

describe('zoneMinute', () => {
  it('is the time in Asia/Shanghai to the minute', () => {
    expect(zoneMinute(new Date('2026-11-26T06:05:59Z'))).toBe('2026-11-26 14:05');
    expect(zoneMinute(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });
});
