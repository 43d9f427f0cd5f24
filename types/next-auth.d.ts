import type {} from 'next-auth';

declare module 'next-auth' {
  interface User {
    /** The user_sessions row this login opened (db/queries/sessions.ts). */
    sid: string;
  }
  interface Session {
    user: { id: string; sid: string; name?: string | null };
  }
}
