import type { Locale } from '@/lib/i18n/locales';
import { WAN_PER_YI } from '@/lib/format';

/** 万元 shown in 亿元 with one decimal, as the KPI cards read on a projector: 523,000 → "52.3". */
export function formatYi1(wan: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(wan / WAN_PER_YI);
}

/** A 0–1 share as a whole percent: 0.905 → "91%" (one decimal below 10%, so 0.4% does not read as 0%). */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share);
}

export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}
