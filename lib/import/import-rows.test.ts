import { describe, expect, it } from 'vitest';
import { checkRows, errorsOfFirstRows, headerSpec, withRowErrors, type ImportRowError } from './import-rows';

const e = (rowNumber: number, column: string): ImportRowError => ({ rowNumber, column, message: 'required' });

describe('headerSpec', () => {
  it('requires the given columns and accepts the others and the 错误原因 column', () => {
    expect(headerSpec({ a: '甲', b: '乙', c: '丙' }, ['b'])).toEqual({ expectedHeaders: ['乙'], optionalHeaders: ['甲', '丙', '错误原因'] });
  });
});

describe('checkRows', () => {
  it('keeps the first problem per cell, lists them in column order, and drops rows with any problem', () => {
    const columns = { a: '甲', b: '乙' };
    const rows = [
      { rowNumber: 2, cells: { 甲: 'x', 乙: 'y' } },
      { rowNumber: 3, cells: { 甲: '', 乙: '' } },
    ];
    const check = checkRows(rows, columns, (input, problems, rowNumber) => {
      if (!input.b) problems.add('b', 'first');
      if (!input.b) problems.add('b', 'second');
      if (!input.a) problems.add('a', 'required');
      return { rowNumber, a: input.a };
    });
    expect(check).toEqual({
      valid: [{ rowNumber: 2, a: 'x' }],
      errors: [
        { rowNumber: 3, column: '甲', message: 'required' },
        { rowNumber: 3, column: '乙', message: 'first' },
      ],
      invalidRows: [3],
    });
  });
});

describe('withRowErrors', () => {
  it('moves the rows of later problems out of valid and keeps everything sorted', () => {
    const check = { valid: [{ rowNumber: 2 }, { rowNumber: 4 }], errors: [e(3, '乙')], invalidRows: [3] };
    expect(withRowErrors(check, [e(4, '甲'), e(3, '甲')], ['甲', '乙'])).toEqual({
      valid: [{ rowNumber: 2 }],
      errors: [e(3, '甲'), e(3, '乙'), e(4, '甲')],
      invalidRows: [3, 4],
    });
    expect(withRowErrors(check, [], [])).toBe(check);
  });
});

describe('errorsOfFirstRows', () => {
  it('keeps every error of the first n bad rows and nothing after them', () => {
    const errors = [e(2, 'a'), e(2, 'b'), e(5, 'a'), e(7, 'a'), e(7, 'b')];
    expect(errorsOfFirstRows(errors, 2)).toEqual([e(2, 'a'), e(2, 'b'), e(5, 'a')]);
    expect(errorsOfFirstRows(errors, 10)).toEqual(errors);
  });
});
