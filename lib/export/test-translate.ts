import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import en from '@/messages/en.json';
import zhCN from '@/messages/zh-CN.json';
import type { Translate } from './project-export';

/** For tests: the translator getTranslations() gives the route, for a language. */
export function testTranslate(locale: Locale = 'zh-CN'): Translate {
  return createTranslator({ locale, messages: locale === 'en' ? en : zhCN }) as unknown as Translate;
}
