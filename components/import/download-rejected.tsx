'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

interface Props {
  /** The import's rejected-rows route. */
  url: string;
  file: File;
  /** Sent with the file: the fields the import's check depends on (e.g. the team). */
  fields?: Record<string, string>;
  onError: (key: string) => void;
}

/**
 * Sends the same file to the rejected-rows route and saves its answer. A route handler, not a Server
 * Action, because an action cannot answer with a file; the download is built from the response blob.
 */
export function DownloadRejected({ url, file, fields = {}, onError }: Props) {
  const t = useTranslations('import');
  const [pending, setPending] = useState(false);
  async function download() {
    setPending(true);
    try {
      const body = new FormData();
      body.append('file', file);
      for (const [key, value] of Object.entries(fields)) body.append(key, value);
      const response = await fetch(url, { method: 'POST', body });
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as { error?: string };
        onError(answer.error ?? 'unexpected');
        return;
      }
      const blobUrl = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = blobUrl;
      link.download = t('rejectedFileName');
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the blob is released.
      setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
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
