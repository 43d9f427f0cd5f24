import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

const CONTROL =
  'block h-9 w-full rounded-md border bg-white px-3 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100';

interface FieldProps {
  label: string;
  name: string;
  /** Defaults to `name`; set it when one page holds several forms with the same fields. */
  id?: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** A label above its control, the error right below it (tied with aria-describedby). */
function FieldShell({ label, id, error, hint, required, children }: Omit<FieldProps, 'name'> & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden="true">*</span>}
      </label>
      {children}
      {hint && !error && <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-xs text-red-600">{error}</p>}
    </div>
  );
}

function describedBy(id: string, { error, hint }: { error?: string; hint?: string }): string | undefined {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export function TextField({ label, name, id = name, error, hint, required, className, ...input }: FieldProps & Omit<ComponentProps<'input'>, 'name' | 'id'>) {
  return (
    <FieldShell {...{ label, id, error, hint, required }}>
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
        className={cn(CONTROL, error ? 'border-red-500' : 'border-slate-300', className)}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({ label, name, id = name, error, hint, required, className, children, ...select }: FieldProps & Omit<ComponentProps<'select'>, 'name' | 'id'>) {
  return (
    <FieldShell {...{ label, id, error, hint, required }}>
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
        className={cn(CONTROL, 'pr-8', error ? 'border-red-500' : 'border-slate-300', className)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({ label, name, id = name, error, hint, required, className, ...textarea }: FieldProps & Omit<ComponentProps<'textarea'>, 'name' | 'id'>) {
  return (
    <FieldShell {...{ label, id, error, hint, required }}>
      <textarea
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
        className={cn(CONTROL, 'h-auto min-h-20 py-2', error ? 'border-red-500' : 'border-slate-300', className)}
        {...textarea}
      />
    </FieldShell>
  );
}

/** A group of checkboxes sharing one name (a multi-value form field), in a fieldset with a legend. */
export function CheckboxGroup({ legend, name, options, defaultValues, error }: { legend: string; name: string; options: { value: string; label: string }[]; defaultValues: string[]; error?: string }) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-1.5 text-sm whitespace-nowrap text-slate-700">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValues.includes(o.value)} className="size-4 accent-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
      {error && <p id={`${name}-error`} className="mt-1 text-xs text-red-600">{error}</p>}
    </fieldset>
  );
}
