import { StatusPage } from '@/components/shell/status-page';

export default function Forbidden() {
  return <StatusPage code={403} namespace="forbidden" />;
}
