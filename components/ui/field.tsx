import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

const CONTROL =
  'block h-9 w-full rounded-md border bg-white px-3 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100';

interface FieldProps {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** A label above its control, the error right below it (tied with aria-describedby). */
function FieldShell({ label, name, error, hint, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden="true">*</span>}
      </label>
      {children}
      {hint && !error && <p id={`${name}-hint`} className="text-xs text-slate-500">{hint}</p>}
      {error && <p id={`${name}-error`} className="text-xs text-red-600">{error}</p>}
    </div>
  );
}

function describedBy({ name, error, hint }: FieldProps): string | undefined {
  return error ? `${name}-error` : hint ? `${name}-hint` : undefined;
}

export function TextField({ label, name, error, hint, required, className, ...input }: FieldProps & Omit<ComponentProps<'input'>, 'name'>) {
  return (
    <FieldShell {...{ label, name, error, hint, required }}>
      <input
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ label, name, error, hint })}
        className={cn(CONTROL, error ? 'border-red-500' : 'border-slate-300', className)}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({ label, name, error, hint, required, className, children, ...select }: FieldProps & Omit<ComponentProps<'select'>, 'name'>) {
  return (
    <FieldShell {...{ label, name, error, hint, required }}>
      <select
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ label, name, error, hint })}
        className={cn(CONTROL, 'pr-8', error ? 'border-red-500' : 'border-slate-300', className)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}
