import { describe, expect, it } from 'vitest';
import { userCreateSchema, userFilterSchema, userStatusSchema } from './users';

const valid = { username: 'Li.Ming', displayName: ' 李明 ', role: 'officer', teamId: '', phone: '', password: 'longenough' };

describe('userCreateSchema', () => {
  it('normalises the username to lower case and trims names; "" team means none', () => {
    const parsed = userCreateSchema.parse(valid);
    expect(parsed).toMatchObject({ username: 'li.ming', displayName: '李明', teamId: null });
  });

  it('names each problem with a message key', () => {
    const result = userCreateSchema.safeParse({ ...valid, username: '-x', displayName: '', role: 'boss', password: 'short', phone: 'abc' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      username: 'usernameFormat',
      displayName: 'required',
      role: 'invalidChoice',
      password: 'passwordTooShort',
      phone: 'phoneFormat',
    });
  });

  it('refuses a team id that is not a uuid', () => {
    expect(userCreateSchema.safeParse({ ...valid, teamId: "1' or 1=1" }).success).toBe(false);
  });
});

describe('userStatusSchema', () => {
  it('reads the form strings "true"/"false" as booleans', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(userStatusSchema.parse({ id, version: '3', disabled: 'true' })).toEqual({ id, version: 3, disabled: true });
    expect(userStatusSchema.safeParse({ id, version: '3', disabled: 'yes' }).success).toBe(false);
  });
});

describe('userFilterSchema', () => {
  it('drops unknown filter values from the URL instead of failing the page', () => {
    expect(userFilterSchema.parse({ role: 'boss', status: 'x', teamId: 'nope', q: ' 李 ' })).toEqual({ q: '李' });
  });
});
