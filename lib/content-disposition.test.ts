import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('sends the Chinese name as RFC 5987 filename* and an ASCII fallback', () => {
    expect(contentDisposition('签约项目清单_2026-11-26.xlsx')).toBe(
      `attachment; filename="_______2026-11-26.xlsx"; filename*=UTF-8''%E7%AD%BE%E7%BA%A6%E9%A1%B9%E7%9B%AE%E6%B8%85%E5%8D%95_2026-11-26.xlsx`,
    );
  });

  it('cannot be broken out of by quotes or parentheses in a stored name', () => {
    const header = contentDisposition('a"; evil=1 (x).pdf', 'fallback.pdf');
    expect(header).toBe(`attachment; filename="fallback.pdf"; filename*=UTF-8''a%22%3B%20evil%3D1%20%28x%29.pdf`);
  });
});
