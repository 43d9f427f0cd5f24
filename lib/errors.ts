/**
 * An expected failure the user can act on. `code` is a message key under `errors.*`;
 * `field` puts the message next to that form field.
 */
export type DomainErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'invalid'
  | 'usernameTaken'
  | 'teamNameTaken'
  | 'teamRequired'
  | 'lastAdmin'
  | 'selfDisable'
  | 'invalidCredentials'
  | 'locked'
  | 'disabled'
  | 'invalidChoice'
  | 'usccTaken'
  | 'mergeSelf'
  | 'chainNameTaken';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field?: string,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
