'use server';
import { z } from 'zod';
import { globalSearch } from '@/db/queries/search';
import { defineAction } from '@/lib/action';
import { searchText } from '@/lib/validation/fields';

const searchSchema = z.object({ q: searchText(100) });

/**
 * The header box's live results. Read-only; enterprises.read admits the office's three roles, and
 * globalSearch narrows leads to the viewer's scope in the same statement.
 */
export const searchEverything = defineAction({ permission: 'enterprises.read', schema: searchSchema }, (input, viewer) => globalSearch(viewer, input.q));
