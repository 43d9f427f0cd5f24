import { describe, expect, it } from 'vitest';
import { nameGrams, nameKey, queryGrams, searchForm } from './enterprise-name';

describe('searchForm', () => {
  it('lower-cases English names and drops spaces', () => {
    expect(searchForm('ABB (China) Ltd')).toBe('abb(china)ltd');
  });

  it('turns full-width letters, digits and brackets into half-width', () => {
    expect(searchForm('ＡＢＣ１２３（中国）')).toBe('abc123(中国)');
  });

  it('removes every kind of whitespace, including the ideographic space', () => {
    expect(searchForm(' 华为\u3000技术\t有限\n公司 ')).toBe('华为技术有限公司');
  });
});

describe('nameGrams', () => {
  it('gives the adjacent character pairs', () => {
    expect(nameGrams('华为技术有限公司')).toEqual(['华为', '为技', '技术', '术有', '有限', '限公', '公司']);
  });

  it('lists each gram once', () => {
    expect(nameGrams('哈哈哈哈')).toEqual(['哈哈']);
    const grams = nameGrams('中国中国建设银行中国');
    expect(new Set(grams).size).toBe(grams.length);
    expect(grams).toEqual(['中国', '国中', '国建', '建设', '设银', '银行', '行中']);
  });

  it('builds grams from the search form', () => {
    expect(nameGrams('Ａ Ｂ')).toEqual(['ab']);
  });

  it('keeps a 1-character name as its only gram, and an empty name has none', () => {
    expect(nameGrams('鑫')).toEqual(['鑫']);
    expect(nameGrams('  ')).toEqual([]);
  });

  it('treats a surrogate pair as one character', () => {
    expect(nameGrams('𠀀')).toEqual(['𠀀']);
    expect(nameGrams('𠀀𠀁科技')).toEqual(['𠀀𠀁', '𠀁科', '科技']);
  });
});

describe('queryGrams', () => {
  it('needs at least 2 characters', () => {
    expect(queryGrams('')).toEqual([]);
    expect(queryGrams('华')).toEqual([]);
    expect(queryGrams(' 华 ')).toEqual([]);
    expect(queryGrams('𠀀')).toEqual([]);
  });

  it('gives grams that a matching name contains', () => {
    expect(queryGrams('技术有限')).toEqual(['技术', '术有', '有限']);
    const name = nameGrams('华为技术有限公司');
    for (const gram of queryGrams('为技 术')) expect(name).toContain(gram);
  });
});

describe('nameKey', () => {
  it('ignores a bracketed region and the legal form', () => {
    expect(nameKey('长春一汽富维（中国）汽车零部件股份有限公司')).toBe('长春一汽富维汽车零部件');
    expect(nameKey('长春一汽富维汽车零部件有限公司')).toBe('长春一汽富维汽车零部件');
  });

  it('ignores spaces and the choice between 有限公司 and 有限责任公司', () => {
    expect(nameKey(' 华为技术 有限公司 ')).toBe('华为技术');
    expect(nameKey('华为技术有限责任公司')).toBe('华为技术');
  });

  it('strips region words in any bracket style', () => {
    for (const name of ['华为技术(中国)有限公司', '华为技术（上海）有限公司', '华为技术【深圳】有限公司', '华为技术［吉林省］有限公司']) {
      expect(nameKey(name)).toBe('华为技术');
    }
  });

  it('keeps bracketed words that are not regions, without the brackets', () => {
    expect(nameKey('一汽解放（集团）股份公司')).toBe('一汽解放');
    expect(nameKey('长春创新投资（有限合伙）')).toBe('长春创新投资有限合伙');
    expect(nameKey('ABB (China) Ltd')).toBe('abbltd');
  });

  it('removes every legal-form word, longest first', () => {
    expect(nameKey('吉林化纤集团股份有限公司')).toBe('吉林化纤');
    expect(nameKey('中国第一汽车集团有限公司')).toBe('中国第一汽车');
  });

  it('falls back to the search form when nothing else would be left', () => {
    expect(nameKey('有限公司')).toBe('有限公司');
    expect(nameKey('（中国）集团 ')).toBe('(中国)集团');
    expect(nameKey('')).toBe('');
  });
});
