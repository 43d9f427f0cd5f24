'use client';
import './globals.css';

/**
 * The last resort, when the root layout itself fails. That layout is what provides the language and
 * the messages, so this page cannot use them: it says the same thing in both languages.
 */
export default function GlobalError({ retry }: { error: Error; retry: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-dvh items-center justify-center p-6 antialiased">
        <main role="alert" className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">系统暂时无法使用</h1>
          <p className="mt-3 text-sm text-slate-600">请稍后重试。The system is unavailable right now; please try again shortly.</p>
          <button type="button" onClick={retry} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm text-white">
            重试 · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
