import 'server-only';
import { cache } from 'react';
import { getLeadOrThrow } from '@/db/queries/leads';
import type { Viewer } from '@/lib/viewer';

/**
 * The lead, read once per request with the viewer's scope: the layout reads it first so that an id out
 * of scope answers with a real 404 before the page starts streaming; the page gets the same result.
 */
export const loadLead = cache((viewer: Viewer, id: string) => getLeadOrThrow(viewer, id));
