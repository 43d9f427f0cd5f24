import { getTranslations } from 'next-intl/server';
import { getDepartmentOrThrow } from '@/db/queries/departments';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { orNotFound } from '@/lib/not-found';
import { requirePermission } from '@/lib/viewer';
import { DepartmentForm } from '../_components/department-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('editDepartment') };
}

export default async function EditDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('departments.manage');
  const { id } = await params;
  const department = await orNotFound(getDepartmentOrThrow(viewer, id));
  const t = await getTranslations();
  return (
    <Card title={`${t('admin.editDepartment')} · ${department.name}`} className="max-w-xl" actions={<ButtonLink href="/admin/departments" variant="ghost">{t('common.back')}</ButtonLink>}>
      <DepartmentForm department={department} />
    </Card>
  );
}
