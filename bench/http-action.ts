import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { meetings } from '@/db/schema';
import { ZONE_TIME_ZONE } from '@/lib/format';
import type { LoadTarget } from './http-targets';

const ACTION_FILE = 'app/(app)/meetings/actions.ts';
const ACTION_NAME = 'logMeeting';

/** The id Next.js gave logMeeting in this build: the browser sends it in the Next-Action header. */
function actionId(): string {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === ACTION_FILE && a.exportedName === ACTION_NAME)?.[0];
  if (!id) throw new Error(`${ACTION_NAME} of ${ACTION_FILE} is not in the build's server-reference-manifest.json: rebuild.`);
  return id;
}

// The router state Chromium sends from /meetings/new: the action's response re-renders just that page (the
// action revalidates it), as it does for a real user.
const ROUTER_STATE = ['', { children: ['(app)', { children: ['meetings', { children: ['new', { children: ['__PAGE__', {}, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 16];

/** Now in the zone as the form's datetime-local field defaults to it: "2026-05-01T14:30". */
function zoneNow(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date()).replace(' ', 'T');
}

const summaryPrefix = (runId: string) => `[bench-http ${runId}]`;

/**
 * What Chromium sends when an officer saves the meeting form on /meetings/new?leadId=… with only the summary
 * typed (captured once with Playwright): the form calls the action as a function, so React encodes the
 * arguments [previous state, FormData] as multipart, the FormData's fields under `_1_` and the argument list
 * in field 0. The fields come in the form's order; unticked checkboxes send nothing.
 */
function meetingForm(lead: { leadId: string; enterpriseId: string; ownerId: string }, summary: string, occurredAt: string): [string, string][] {
  return [
    ['_1_leadId', lead.leadId],
    ['_1_enterpriseId', lead.enterpriseId],
    ['_1_occurredAt', occurredAt],
    ['_1_place', ''],
    ['_1_kind', 'visit_out'],
    ['_1_newContactName', ''],
    ['_1_newContactMobile', ''],
    ['_1_summary', summary],
    ['_1_outcome', ''],
    ['_1_nextStep', ''],
    ['_1_nextStepOwnerId', lead.ownerId],
    ['_1_nextStepDue', ''],
    ['0', '[null,"$K1"]'],
  ];
}

function multipart(fields: [string, string][], boundary: string): Buffer {
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(`${parts.join('')}--${boundary}--\r\n`);
}

/**
 * The action's answer is a React Flight stream: row 0 names the row holding the return value ("a":"$@<row>"),
 * beside the re-rendered page. Logged means that value is { ok: true }.
 */
function actionCheck(status: number, body: string): string | null {
  if (status !== 200) return `status ${status}`;
  const row = /^0:\{"a":"\$@([0-9a-f]+)"/m.exec(body)?.[1];
  const value = row && new RegExp(`^${row}:(.*)$`, 'm').exec(body)?.[1];
  if (!value) return 'no action result in the answer';
  const result = JSON.parse(value) as { ok?: boolean };
  return result.ok === true ? null : 'the action answered ok: false';
}

/**
 * The meeting-log Server Action as the lead's owner saves it, each request with a summary of its own; the
 * meetings it writes are taken back afterwards, so the bench data (and the next run's typical lead) stay put.
 */
export function meetingLogTarget(
  db: Db,
  lead: { leadId: string; enterpriseId: string; ownerId: string },
  { origin, cookie, runId }: { origin: string; cookie: string; runId: string },
): LoadTarget {
  const page = `/meetings/new?leadId=${lead.leadId}`;
  const boundary = `----BenchFormBoundary${runId}`;
  const occurredAt = zoneNow();
  let sent = 0;
  return {
    name: 'log a meeting (Server Action, owner)',
    kind: 'action',
    method: 'POST',
    path: page,
    headers: {
      cookie,
      origin,
      referer: `${origin}${page}`,
      accept: 'text/x-component',
      'next-action': actionId(),
      'next-router-state-tree': encodeURIComponent(JSON.stringify(ROUTER_STATE)),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: () => multipart(meetingForm(lead, `${summaryPrefix(runId)} 第${++sent}次拜访：洽谈扩产用地与配套需求。`, occurredAt), boundary),
    check: actionCheck,
    undo: async () => {
      // Soft-deleted as the app deletes a meeting: the rollup triggers take each one back.
      const removed = await db
        .update(meetings)
        .set({ deletedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${meetings.version} + 1` })
        .where(and(eq(meetings.leadId, lead.leadId), isNull(meetings.deletedAt), sql`starts_with(${meetings.summary}, ${summaryPrefix(runId)})`))
        .returning({ id: meetings.id });
      return `Took back the ${removed.length} meetings the load logged.`;
    },
  };
}
