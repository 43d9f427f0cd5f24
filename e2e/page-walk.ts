// The pages a walk through the app opens besides the sidebar's sections: one record of each kind.
import { expect, type Page } from '@playwright/test';
import type { Permission } from '../lib/permissions';

const ID = String.raw`(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`;

/**
 * One page of each other kind, opened by clicking the first link to one in its list. Meetings have no page
 * of their own (they show on their lead and enterprise), so the calendar stands in for them, reached from
 * the dashboard.
 */
export const DETAILS: { kind: string; from: string; permission: Permission; href: RegExp }[] = [
  { kind: 'enterprise', from: '/enterprises', permission: 'enterprises.read', href: new RegExp(`^/enterprises/${ID}$`) },
  { kind: 'lead', from: '/leads', permission: 'leads.read', href: new RegExp(`^/leads/${ID}$`) },
  { kind: 'meeting calendar', from: '/dashboard', permission: 'meetings.read', href: /^\/meetings\/calendar$/ },
  { kind: 'project', from: '/projects', permission: 'projects.read', href: new RegExp(`^/projects/${ID}$`) },
  { kind: 'request', from: '/requests', permission: 'requests.read', href: new RegExp(`^/requests/${ID}$`) },
  { kind: 'supervision item', from: '/supervision', permission: 'supervision.read', href: new RegExp(`^/supervision/${ID}$`) },
  { kind: 'chain', from: '/chains', permission: 'chains.read', href: new RegExp(`^/chains/${ID}$`) },
];

/** Clicks the first link in the page's main area whose address matches; false when there is none. */
export async function openFirst(page: Page, href: RegExp): Promise<boolean> {
  const links = page.getByRole('main').getByRole('link');
  const index = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).findIndex((h) => href.test(h));
  if (index < 0) return false;
  await links.nth(index).click();
  await expect(page).toHaveURL((url) => href.test(url.pathname));
  return true;
}
