import type { Locale } from '@/lib/i18n/locales';

/** Dates are calendar dates in the zone's time zone, whatever the server's. */
export const ZONE_TIME_ZONE = 'Asia/Shanghai';

/** 1 亿元 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

// Building an Intl formatter costs far more than using one, and a table formats hundreds of cells: one per locale.
function perLocale<F>(make: (locale: Locale) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(locale)));
    return f;
  };
}

const amount = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
const day = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: ZONE_TIME_ZONE }));
const minute = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE_TIME_ZONE }));

/** An amount kept in 万元, e.g. 12,345.6 → "12,345.6" (zh) with up to 2 decimals. */
export function formatWanNumber(wan: number, locale: Locale): string {
  return amount(locale).format(wan);
}

/** An amount in 万元 shown in 亿元, e.g. 523,000 → "52.3". */
export function formatYiNumber(wan: number, locale: Locale): string {
  return amount(locale).format(wan / WAN_PER_YI);
}

/** A calendar date in Asia/Shanghai: "2026年11月26日" / "Nov 26, 2026". */
export function formatDate(value: Date | string, locale: Locale): string {
  return day(locale).format(new Date(value));
}

/** A moment in Asia/Shanghai, to the minute. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  return minute(locale).format(new Date(value));
}
