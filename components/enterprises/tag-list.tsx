import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { tagMessageKey } from '@/lib/enterprise-tags';

/** An enterprise's tags as badges; the anchor-firm and Fortune tags stand out. */
export function TagList({ tags }: { tags: string[] }) {
  const t = useTranslations('chain.tag');
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1">
      {tags.map((tag) => {
        const key = tagMessageKey(tag);
        return (
          <li key={tag}>
            <Badge tone={key === 'chainLeader' || key === 'fortune500' ? 'amber' : 'brand'}>{key ? t(key) : tag}</Badge>
          </li>
        );
      })}
    </ul>
  );
}
