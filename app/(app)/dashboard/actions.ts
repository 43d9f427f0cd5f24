'use server';
import { revalidatePath } from 'next/cache';
import { setFollowUpDone as saveFollowUpDone } from '@/db/queries/follow-ups';
import { markNotificationsRead as markRead } from '@/db/queries/notifications';
import { defineAction } from '@/lib/action';
import { notificationsReadSchema } from '@/lib/validation/dashboard';
import { followUpDoneSchema } from '@/lib/validation/meetings';

/** 完成 / 撤销 on a follow-up; returns the new version so the undo link can follow at once. */
export const setFollowUpDone = defineAction({ permission: 'followUps.complete', schema: followUpDoneSchema }, async ({ id, version, done }, viewer) => {
  const row = await saveFollowUpDone(viewer, id, version, done);
  revalidatePath('/dashboard');
  revalidatePath('/meetings/calendar');
  return { id: row.id, version: version + 1, done };
});

/**
 * Every signed-in role has a bell (liaisons hear about their intake items), hence 'dashboard.view'; the
 * data layer only ever touches the viewer's own notifications.
 */
export const markNotificationsRead = defineAction({ permission: 'dashboard.view', schema: notificationsReadSchema }, async ({ ids }, viewer) =>
  markRead(viewer, ids),
);
