import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import en from '@/messages/en.json';
import zhCN from '@/messages/zh-CN.json';
import type { Translate } from './project-export';

/** For tests: the translator getTranslations(namespace?) gives the route, for a language. */
export function testTranslate(locale: Locale = 'zh-CN', namespace?: string): Translate {
  return createTranslator({ locale, messages: locale === 'en' ? en : zhCN, namespace: namespace as never }) as unknown as Translate;
}
