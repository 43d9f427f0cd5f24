import { getTranslations } from 'next-intl/server';
import { listMeetingsBetween } from '@/db/queries/meetings';
import { buildIcs } from '@/lib/ics';
import { downloadViewer } from '@/lib/download-route';

const HOUR_MS = 3_600_000;
const HORIZON_DAYS = 90;

/** My upcoming meetings (logged or attended, next 90 days) as an .ics file for a phone or desktop calendar. */
export async function GET(): Promise<Response> {
  const viewer = await downloadViewer('meetings.read');
  if (viewer instanceof Response) return viewer;

  const now = new Date();
  const rows = await listMeetingsBetween(viewer, { from: now, to: new Date(now.getTime() + HORIZON_DAYS * 24 * HOUR_MS), scope: 'me' });
  const t = await getTranslations('calendar');
  const kindLabel = await getTranslations('meetingKind');
  const body = buildIcs(
    rows.map((m) => ({
      uid: `meeting-${m.id}@chain-crm`,
      start: m.occurredAt,
      // Meetings have no end time; an hour is what calendars show well.
      end: new Date(m.occurredAt.getTime() + HOUR_MS),
      summary: `${kindLabel(m.kind)}：${m.enterpriseName}`,
      location: m.place,
      description: [m.leadName, m.summary].filter(Boolean).join('\n'),
    })),
    { now, calendarName: t('icsName') },
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="meetings.ics"',
      'Cache-Control': 'private, no-store',
    },
  });
}
