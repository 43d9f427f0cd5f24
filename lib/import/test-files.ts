import { makeUscc } from '@/lib/uscc';

/** Upload bytes for import tests, as a user's file would hold them. */

export const utf8 = (text: string) => new TextEncoder().encode(text);

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A UTF-8 CSV file with Excel's CRLF line ends, quoting the cells that need it. */
export const csvFile = (headers: string[], rows: string[][]) => utf8([headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');

/** Fresh USCCs and names counting up from `start`, so the tests of one file do not depend on each other's rows. */
export function freshValues(start: number, firmInfix: string) {
  let serial = start;
  return {
    uscc: () => makeUscc(serial++),
    firm: (label: string) => `${label}${firmInfix}${serial++}有限公司`,
    number: () => serial++,
  };
}
