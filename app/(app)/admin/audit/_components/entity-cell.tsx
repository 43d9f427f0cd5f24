import Link from 'next/link';
import { useTranslations } from 'next-intl';

// The records that have a page of their own, by entity type.
const RECORD_PAGES: Record<string, string> = {
  lead: '/leads',
  enterprise: '/enterprises',
  project: '/projects',
  request: '/requests',
  user: '/admin/users',
  team: '/admin/teams',
  department: '/admin/departments',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record an audit row is about: its type in words and its id (a uuid cut to 8 characters, the whole one on
 * hover), linked to its page when it has one. A refused call names the permission it lacked instead.
 */
export function EntityCell({ action, entityType, entityId }: { action: string; entityType: string; entityId: string }) {
  const t = useTranslations('audit');
  const label = action === 'refused' ? t('permission', { permission: entityType }) : t.has(`entities.${entityType}`) ? t(`entities.${entityType}`) : entityType;
  const id = UUID.test(entityId) ? entityId.slice(0, 8) : entityId;
  const page = RECORD_PAGES[entityType];
  const text = (
    <>
      {label}
      {id && (
        <>
          {' '}
          <span className="font-mono text-xs" title={entityId}>{id}</span>
        </>
      )}
    </>
  );
  if (!page || !UUID.test(entityId)) return <span className="whitespace-nowrap">{text}</span>;
  return (
    <Link href={`${page}/${entityId}`} className="whitespace-nowrap text-brand-700 hover:underline">
      {text}
    </Link>
  );
}
