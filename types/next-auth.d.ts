import type { Role } from '@/db/schema/users';

declare module 'next-auth' {
  interface User {
    role: Role;
    teamId: string | null;
  }
  interface Session {
    user: { id: string; role: Role; teamId: string | null; name?: string | null };
  }
}
