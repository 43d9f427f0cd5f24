'use client';
import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog; the shell and the page's controls hide themselves in print. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
