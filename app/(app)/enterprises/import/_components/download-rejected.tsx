'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/**
 * Sends the same file to the rejected-rows route and saves its answer. A route handler, not a Server
 * Action, because an action cannot answer with a file; the download is built from the response blob.
 */
export function DownloadRejected({ file, onError }: { file: File; onError: (key: string) => void }) {
  const t = useTranslations('import');
  const [pending, setPending] = useState(false);
  async function download() {
    setPending(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await fetch('/api/enterprises/import/rejected', { method: 'POST', body });
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as { error?: string };
        onError(answer.error ?? 'unexpected');
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = t('rejectedFileName');
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the blob is released.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      onError('unexpected');
    } finally {
      setPending(false);
    }
  }
  return (
    <Button variant="secondary" onClick={download} disabled={pending} aria-busy={pending || undefined}>
      {pending ? t('downloading') : t('downloadRejected')}
    </Button>
  );
}
