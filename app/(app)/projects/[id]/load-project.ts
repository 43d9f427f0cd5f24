import 'server-only';
import { cache } from 'react';
import { getProjectOrThrow } from '@/db/queries/projects';
import type { Viewer } from '@/lib/viewer';

/**
 * The project, read once per request with the viewer's scope: the layout reads it first so that an id
 * out of scope answers with a 404 before the page streams; the page gets the same result.
 */
export const loadProject = cache((viewer: Viewer, id: string) => getProjectOrThrow(viewer, id));
