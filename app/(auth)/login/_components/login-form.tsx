'use client';
import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { Role } from '@/db/schema/users';
import { login } from '../actions';

interface Props {
  callbackUrl?: string;
  demoLogins: { username: string; role: Role }[];
  demoPassword?: string;
}

export function LoginForm({ callbackUrl, demoLogins, demoPassword }: Props) {
  const t = useTranslations();
  const { state, onSubmit, pending, fieldError, formError } = useActionForm(login);
  const form = useRef<HTMLFormElement>(null);
  // The password was right and the user logs in with two factors: the same form asks for the code and sends
  // it with the (now hidden) username and password, so no session exists before both passed.
  const askCode = !!state && !state.ok && (state.error === 'twoFactorRequired' || !!state.fieldErrors?.code);

  // Demo mode only: fill the form with a demo login (the person still presses 登录).
  const fillDemo = (username: string) => {
    const f = form.current;
    if (!f || !demoPassword) return;
    (f.elements.namedItem('username') as HTMLInputElement).value = username;
    (f.elements.namedItem('password') as HTMLInputElement).value = demoPassword;
    (f.elements.namedItem('password') as HTMLInputElement).focus();
  };

  return (
    <>
      <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
        <h2 className="text-lg font-semibold text-ink">{t(askCode ? 'login.codeTitle' : 'login.title')}</h2>
        {formError && !askCode && <Notice tone="error" testId="login-error">{formError}</Notice>}
        <div hidden={askCode} className="space-y-4">
          <TextField label={t('login.username')} name="username" autoComplete="username" autoCapitalize="none" required error={fieldError('username')} />
          <TextField label={t('login.password')} name="password" type="password" autoComplete="current-password" required error={fieldError('password')} />
        </div>
        {askCode && (
          <>
            <Notice tone="info" testId="login-code-prompt">{t('login.codePrompt')}</Notice>
            <TextField
              label={t('login.code')}
              name="code"
              autoComplete="one-time-code"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              required
              error={fieldError('code')}
              hint={t('login.codeHint')}
            />
          </>
        )}
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <div className="[&>button]:w-full">
          <SubmitButton pending={pending}>{t(askCode ? 'login.codeSubmit' : 'login.submit')}</SubmitButton>
        </div>
        {askCode && (
          <a href="/login" className="block text-center text-sm text-brand-700 hover:underline">
            {t('login.codeBack')}
          </a>
        )}
      </form>
      {demoPassword && demoLogins.length > 0 && !askCode && (
        <section className="mt-6 border-t border-slate-100 pt-4" aria-labelledby="demo-title">
          <h3 id="demo-title" className="text-sm font-medium text-slate-700">{t('login.demoTitle')}</h3>
          <p className="mt-1 text-xs text-slate-500">{t('login.demoHint', { password: demoPassword })}</p>
          <ul className="mt-3 grid grid-cols-2 gap-2">
            {demoLogins.map((d) => (
              <li key={d.username}>
                <button
                  type="button"
                  onClick={() => fillDemo(d.username)}
                  aria-label={t('login.demoUse', { username: d.username })}
                  className="flex w-full flex-col items-start rounded-md border border-slate-200 px-2.5 py-1.5 text-left hover:border-brand-600 hover:bg-brand-50"
                >
                  <span className="font-mono text-sm text-slate-900">{d.username}</span>
                  <span className="text-xs text-slate-500">{t(`roles.${d.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
