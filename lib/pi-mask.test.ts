import { describe, expect, it } from 'vitest';
import { maskContact, maskContactChanges, maskEmail, maskPhone, maskText, REDACTED, redactContactChanges } from './pi-mask';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('reads full-width digits and ignores spaces, dashes and brackets', () => {
    expect(maskPhone('１３８１２３４１２３４')).toBe('138****1234');
    expect(maskPhone(' 138 1234-1234 ')).toBe('138****1234');
    expect(maskPhone('(0431) 8888-1234')).toBe('043****1234');
  });

  it('keeps first 3 / last 4 of a long desk number and less of a short one', () => {
    expect(maskPhone('0431-88881234')).toBe('043****1234');
    expect(maskPhone('+8613812341234')).toBe('+86****1234');
    expect(maskPhone('8123456')).toBe('81****56');
    expect(maskPhone('95588')).toBe('9****8');
    expect(maskPhone('110')).toBe('****');
    expect(maskPhone('1')).toBe('****');
  });

  it('leaves an empty value empty', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone('  ')).toBe('');
  });

  it('never tells the length', () => {
    expect(maskPhone('013812341234').length).toBe(maskPhone('13812341234').length);
  });
});

describe('maskEmail', () => {
  it('keeps the first character of the mailbox and the domain', () => {
    expect(maskEmail('alice@example.com')).toBe('a***@example.com');
    expect(maskEmail('a@example.com')).toBe('a***@example.com');
    expect(maskEmail('王磊@示例.中国')).toBe('王***@示例.中国');
  });

  it('reads a full-width @ and letters', () => {
    expect(maskEmail('ｗａｎｇ＠example.com')).toBe('w***@example.com');
  });

  it('masks a value that is not an address like any text', () => {
    expect(maskEmail('@example.com')).toBe('@****m');
    expect(maskEmail('wang@')).toBe('w****@');
    expect(maskEmail('abc')).toBe('****');
    expect(maskEmail('')).toBe('');
  });
});

describe('maskText', () => {
  it('keeps only the first and last character', () => {
    expect(maskText('wxid_lanyuan1985')).toBe('w****5');
    expect(maskText('张三丰的微信号')).toBe('张****号');
    expect(maskText('𠀋𠀌𠀍𠀎𠀏')).toBe('𠀋****𠀏');
  });

  it('hides short values whole and leaves empty ones empty', () => {
    expect(maskText('abcd')).toBe('****');
    expect(maskText('')).toBe('');
  });
});

describe('maskContact', () => {
  it('masks the reach fields and nothing else', () => {
    const row = { id: 'x', name: '欧阳明远', title: '采购总监', mobile: '13912345678', phone: '', email: 'oy@lanyuan.cn', wechat: 'oymy1980', notes: '周三下午在厂里' };
    expect(maskContact(row)).toEqual({ ...row, mobile: '139****5678', email: 'o***@lanyuan.cn', wechat: 'o****0' });
    expect(row.mobile).toBe('13912345678');
  });
});

describe('audit changes', () => {
  it('masks old and new values of an update and the values of a create', () => {
    expect(maskContactChanges({ mobile: ['13912345678', '13812341234'], name: ['王', '王总'], email: [null, 'w@x.cn'] })).toEqual({
      mobile: ['139****5678', '138****1234'],
      name: ['王', '王总'],
      email: [null, 'w***@x.cn'],
    });
    expect(maskContactChanges({ name: '王', mobile: '13912345678', via: 'import' })).toEqual({ name: '王', mobile: '139****5678', via: 'import' });
  });

  it('redacts every personal value on erasure, keeping blanks, field names and everything else', () => {
    expect(redactContactChanges({ name: ['王', '王总'], mobile: ['', '13912345678'], notes: [null, '爱喝茶'], isPrimary: [false, true] })).toEqual({
      name: [REDACTED, REDACTED],
      mobile: ['', REDACTED],
      notes: [null, REDACTED],
      isPrimary: [false, true],
    });
    expect(redactContactChanges({ enterpriseId: 'e', name: '王', title: '', wechat: 'w1', via: 'meeting' })).toEqual({ enterpriseId: 'e', name: REDACTED, title: '', wechat: REDACTED, via: 'meeting' });
    expect(redactContactChanges({})).toEqual({});
  });
});
