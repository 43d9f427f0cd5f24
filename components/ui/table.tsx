import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A dense, readable data table; scrolls sideways on a phone instead of squeezing columns. */
export function Table({ className, ...props }: ComponentProps<'table'>) {
  // relative: sr-only labels in cells are absolutely placed; without it they widen the page beyond a phone's screen.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn('w-full border-collapse text-sm', className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<'th'>) {
  return <th scope="col" className={cn('whitespace-nowrap border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-600', className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('border-b border-slate-100 px-3 py-2 align-middle text-slate-800', className)} {...props} />;
}
