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
  | 'chainNameTaken'
  // Whole-file problems of an enterprise import (lib/import/read-spreadsheet.ts SheetError).
  | 'importEmpty'
  | 'importTooLarge'
  | 'importTooManyRows'
  | 'importNotSpreadsheet'
  | 'importWrongHeaders'
  // Someone else saved one of the file's USCCs while the import ran; nothing was written.
  | 'importConflict'
  | 'required'
  | 'ownerNotInTeam'
  // Another team already works the enterprise: the user must acknowledge the 撞单 warning to save.
  | 'leadConflict'
  | 'gateFieldsRequired'
  | 'sameStage'
  | 'signedIsFinal'
  | 'signViaProject'
  | 'alreadyDecided'
  // An admin imports a ledger into a team they choose, and chose none.
  | 'importTeamRequired';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field?: string,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
