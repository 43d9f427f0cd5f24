import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listDepartments } from '@/db/queries/departments';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/viewer';
import { DepartmentForm } from './_components/department-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin'))('departments') };
}

export default async function DepartmentsPage() {
  const viewer = await requirePermission('departments.manage');
  const [departments, t] = await Promise.all([listDepartments(viewer), getTranslations()]);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      {departments.length === 0 ? (
        <EmptyState title={t('admin.departmentsEmpty')}>{t('admin.departmentsEmptyHint')}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('admin.departmentName')}</Th>
              <Th>{t('admin.departmentPhone')}</Th>
              <Th className="text-right">{t('admin.liaisons')}</Th>
            </tr>
          </thead>
          <tbody>
            {departments.map((department) => (
              <tr key={department.id} className="hover:bg-slate-50">
                <Td className="font-medium whitespace-nowrap">
                  <Link href={`/admin/departments/${department.id}`} className="text-brand-700 hover:underline">{department.name}</Link>
                </Td>
                <Td className="whitespace-nowrap text-slate-600">{department.phone || '—'}</Td>
                {/* Just the count: the user list has no department filter to link to yet. */}
                <Td className="text-right tabular-nums">
                  <Link href={`/admin/users?departmentId=${department.id}`} className="hover:underline">{department.liaisonCount}</Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card title={t('admin.newDepartment')}>
        <DepartmentForm />
      </Card>
    </div>
  );
}
