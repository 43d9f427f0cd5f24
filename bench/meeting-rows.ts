import type { MeetingKind } from '@/db/schema';
import { leadRow, type BenchLead } from './lead-rows';
import { pick, rowRng, uuidFrom, weightedPicker } from './random';

/** Recorded with the meetings, which are regenerated (not reused) when it differs: change it whenever meeting rows change. */
export const MEETING_SEED = 0x3ee71295;

/** Five meetings per lead (1,000,000 at scale 1) and one follow-up per ten meetings (100,000). */
const MEETINGS_PER_LEAD = 5;
const MEETINGS_PER_FOLLOW_UP = 10;
export const meetingCountFor = (leads: number) => leads * MEETINGS_PER_LEAD;
export const followUpCountFor = (meetings: number) => Math.floor(meetings / MEETINGS_PER_FOLLOW_UP);

// One meeting in ten goes to a "hot" lead (every 1000th, offset 500 to miss the 撞单 pairs): ~500 meetings each at
// full scale, the long timelines the timeline case reads. The rest are five per lead in lead order.
const HOT_SHARE = 0.1;
const HOT_PERIOD = 1000;
const HOT_OFFSET = 500;
export const isHotLead = (lead: number) => lead % HOT_PERIOD === HOT_OFFSET;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR;
// Where the lead activity ends (bench/lead-rows.ts): meetings never come after it.
const END_MS = Date.UTC(2026, 5, 1);

const pickKind = weightedPicker<MeetingKind>([['visit_out', 40], ['inbound', 20], ['call', 20], ['video', 10], ['fair', 5], ['promotion', 5]]);
const PLACES: Record<MeetingKind, string[]> = {
  visit_out: ['企业总部会议室', '企业生产基地', '企业研发中心'],
  inbound: ['管委会招商局会议室', '园区展厅', '标准厂房现场'],
  call: [''],
  video: ['腾讯会议'],
  fair: ['国家会展中心', '国际博览中心'],
  promotion: ['产业链专题推介会', '驻外招商推介会'],
};
const SUMMARIES = ['介绍园区产业政策与载体条件，企业介绍扩产计划', '就项目选址、用地和厂房需求交换意见', '企业反馈投资测算，双方讨论扶持政策', '回访企业，跟进项目内部决策进度'];
const OUTCOMES = ['企业将于下月安排考察', '待企业提供项目可研报告', '约定下一轮商谈时间', ''];
export const FOLLOW_UP_TITLES = ['发送园区政策汇编', '安排企业来园区考察', '对接用地规划与供地方案', '提交项目扶持政策测算', '回访确认企业决策进度'];

export interface BenchMeeting {
  id: string;
  lead: BenchLead;
  kind: MeetingKind;
  occurredAt: string;
  place: string;
  summary: string;
  outcome: string;
  contactIds: string[];
}

/** Which lead meeting i belongs to; a pure function of (i, leads). */
function leadIndexOf(i: number, leads: number): number {
  const hot = Math.floor(leads / HOT_PERIOD);
  const rng = rowRng(MEETING_SEED, 1, i);
  if (hot > 0 && rng() < HOT_SHARE) return Math.floor(rng() * hot) * HOT_PERIOD + HOT_OFFSET;
  return Math.floor(i / MEETINGS_PER_LEAD);
}

/**
 * Meeting rows for one generation run. The lead rows behind them are cached: the batch walks leads in order
 * (five meetings each) and the hot leads are few, so each lead row is built about once.
 */
export function meetingRows(leads: number, enterprises: number): (i: number) => BenchMeeting {
  const hotCache = new Map<number, BenchLead>();
  let last: { index: number; row: BenchLead } | null = null;
  const lead = (index: number): BenchLead => {
    if (isHotLead(index)) {
      let row = hotCache.get(index);
      if (!row) hotCache.set(index, (row = leadRow(index, enterprises)));
      return row;
    }
    if (last?.index !== index) last = { index, row: leadRow(index, enterprises) };
    return last.row;
  };
  return (i) => {
    const l = lead(leadIndexOf(i, leads));
    const rng = rowRng(MEETING_SEED, 2, i);
    // A day in the lead's life, at a local office hour (09:00–17:30 Asia/Shanghai).
    const from = Date.parse(l.createdAt);
    const to = Math.max(from, Math.min(END_MS, Date.parse(l.lastActivityAt)));
    const day = Math.floor((from + rng() * (to - from) + SHANGHAI) / DAY) * DAY - SHANGHAI;
    const kind = pickKind(rng);
    const contacts = l.contactIds.filter(() => rng() < 0.6);
    return {
      id: uuidFrom(rowRng(MEETING_SEED, 3, i), i),
      lead: l,
      kind,
      occurredAt: new Date(day + 9 * HOUR + Math.floor(rng() * 17) * 30 * 60_000).toISOString(),
      place: pick(rng, PLACES[kind]),
      summary: pick(rng, SUMMARIES),
      outcome: pick(rng, OUTCOMES),
      contactIds: contacts.length ? contacts : l.contactIds.slice(0, 1),
    };
  };
}

export interface BenchFollowUp {
  id: string;
  meeting: BenchMeeting;
  title: string;
  /** A calendar date (Asia/Shanghai). */
  dueDate: string;
  doneAt: string | null;
}

/** Follow-up j is the next step of meeting 10j: due 3–21 days later; most of the old ones done, a fifth of the last month's. */
export function followUpRows(meeting: (i: number) => BenchMeeting): (j: number) => BenchFollowUp {
  return (j) => {
    const m = meeting(j * MEETINGS_PER_FOLLOW_UP);
    const rng = rowRng(MEETING_SEED, 4, j);
    const due = Date.parse(m.occurredAt) + (3 + Math.floor(rng() * 19)) * DAY;
    const old = due < END_MS - 30 * DAY;
    const done = rng() < (old ? 0.8 : 0.2);
    return {
      id: uuidFrom(rowRng(MEETING_SEED, 5, j), j),
      meeting: m,
      title: pick(rng, FOLLOW_UP_TITLES),
      dueDate: new Date(due + SHANGHAI).toISOString().slice(0, 10),
      doneAt: done ? new Date(Math.min(due, Date.parse(m.occurredAt) + rng() * (due - Date.parse(m.occurredAt)))).toISOString() : null,
    };
  };
}
