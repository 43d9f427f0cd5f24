import { getTranslations } from 'next-intl/server';
import { listContacts } from '@/db/queries/contacts';
import { getEnterpriseOrThrow } from '@/db/queries/enterprises';
import { getLeadOrThrow, listAssignableUsers } from '@/db/queries/leads';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DomainError } from '@/lib/errors';
import { ZONE_TIME_ZONE } from '@/lib/format';
import { requirePermission } from '@/lib/viewer';
import { MeetingForm, type MeetingFormContext } from '../_components/meeting-form';

export async function generateMetadata() {
  return { title: (await getTranslations('meetings'))('newTitle') };
}

/** A stale, deleted or out-of-scope id in the URL just leaves the form without it (as on /leads/new). */
async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'notFound') return null;
    throw error;
  }
}

/** Now in the zone, as <input type="datetime-local"> wants it: "2026-05-01T14:30". */
function zoneNow(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

type SearchParams = Promise<{ leadId?: string | string[]; enterpriseId?: string | string[]; picked?: string; followUpId?: string | string[] }>;

/**
 * /meetings/new?leadId=… (from a lead: its enterprise comes along), ?enterpriseId=… (from an enterprise page),
 * or bare (pick the enterprise first; picking reloads with ?enterpriseId= so its contacts load here).
 */
export default async function NewMeetingPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission('meetings.write');
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);
  const lead = one(params.leadId) ? await orNull(getLeadOrThrow(viewer, one(params.leadId)!)) : null;
  const enterpriseId = lead?.enterpriseId ?? one(params.enterpriseId);
  const enterprise = enterpriseId ? await orNull(getEnterpriseOrThrow(viewer, enterpriseId)) : null;
  const live = enterprise && !enterprise.deleted ? enterprise : null;
  const [contacts, users, t] = await Promise.all([live ? listContacts(viewer, live.id) : [], listAssignableUsers(viewer), getTranslations('meetings')]);

  // The next step's owner must be of the meeting's team (the lead's, else the viewer's), or a leader or admin.
  const teamId = lead?.teamId ?? viewer.teamId;
  const owners = users.filter((u) => u.id === viewer.id || u.teamId === teamId || u.role === 'leader' || u.role === 'admin');
  const returnTo = lead ? `/leads/${lead.id}?meeting=1` : live && !params.picked ? `/enterprises/${live.id}?meeting=1` : '/meetings?logged=1';

  const context: MeetingFormContext = {
    lead: lead && live ? { id: lead.id, projectName: lead.projectName } : null,
    enterprise: live ? { id: live.id, name: live.name, uscc: live.uscc, teamName: live.teamName } : null,
    // An anonymised contact is nobody to meet any more.
    contacts: contacts.filter((c) => !c.erased).map((c) => ({ id: c.id, name: c.name, title: c.title })),
    // A new contact joins the enterprise library: only someone who may edit the enterprise adds one.
    canAddContact: Boolean(live?.canEdit),
    attendees: users.filter((u) => u.id !== viewer.id).map((u) => ({ id: u.id, name: u.name })),
    owners: owners.map((u) => ({ id: u.id, name: u.name })),
    viewerId: viewer.id,
    now: zoneNow(),
    returnTo,
    cancelHref: lead ? `/leads/${lead.id}` : live && !params.picked ? `/enterprises/${live.id}` : '/meetings',
    followUpId: one(params.followUpId) ?? null,
  };
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <Card className="max-w-3xl">
        {/* Keyed by the enterprise: picking another one starts from a clean form with its contacts. */}
        <MeetingForm key={live?.id ?? 'none'} context={context} />
      </Card>
    </>
  );
}
