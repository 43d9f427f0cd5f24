import { ENTERPRISE_TAGS, type EnterpriseTag } from '@/db/schema/enterprises';

/**
 * Precision-targeting rank of a firm from its tags: each tag weighs twice the next one in ENTERPRISE_TAGS
 * (链主企业 first), so one stronger tag outranks any mix of weaker ones.
 */
export function targetScore(tags: readonly string[]): number {
  return ENTERPRISE_TAGS.reduce((score, tag, i) => (tags.includes(tag) ? score + 2 ** (ENTERPRISE_TAGS.length - 1 - i) : score), 0);
}

export function isEnterpriseTag(value: string): value is EnterpriseTag {
  return (ENTERPRISE_TAGS as readonly string[]).includes(value);
}

const TAG_KEYS = ['chainLeader', 'fortune500', 'china500', 'listed', 'littleGiant', 'specialized', 'highTech', 'unicorn'] as const;

/** The message key (`chain.tag.*`) of a stored tag, which is kept in Chinese as the zone's lists write it. */
export function tagMessageKey(tag: string): (typeof TAG_KEYS)[number] | null {
  const i = (ENTERPRISE_TAGS as readonly string[]).indexOf(tag);
  return i < 0 ? null : TAG_KEYS[i];
}
