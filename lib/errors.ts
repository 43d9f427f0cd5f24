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
  // Liaisons belong to a department (their requests); other roles to none.
  | 'departmentRequired'
  | 'departmentOnlyLiaison'
  | 'departmentNameTaken'
  // The step does not follow from the request's state (lib/request-flow.ts), e.g. confirming before 已办结.
  | 'requestStep'
  | 'lastAdmin'
  // 三员分立 is on: the last security or audit administrator stays (db/queries/users.ts).
  | 'lastDutyHolder'
  // 三员分立 cannot start before a security and an audit administrator exist to take the duties.
  | 'separationNeedsHolders'
  | 'selfDisable'
  | 'invalidCredentials'
  | 'locked'
  // Over an abuse limit (lib/abuse-limits.ts), e.g. too many exports this hour.
  | 'rateLimited'
  // The database did not answer (e.g. during a login): nothing the person typed was wrong.
  | 'unavailable'
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
  // The contact was anonymised on a personal-data erasure request (个人信息保护法) and can no longer be edited.
  | 'contactErased'
  // An admin imports a ledger into a team they choose, and chose none.
  | 'importTeamRequired'
  // Only a lead in 深度洽谈 can be signed.
  | 'signNeedsNegotiating'
  // 核验 needs an actual date.
  | 'notVerifiable'
  | 'fileTooLarge'
  | 'fileTypeNotAllowed'
  // The file's name says one type and its content another (e.g. a program named .pdf).
  | 'fileTypeMismatch'
  // A new password the 等保 policy refuses (lib/password-rules.ts).
  | PasswordProblem
  // The account page's password change: the current password is wrong, or the new one is the same.
  | 'currentPasswordWrong'
  | 'passwordUnchanged'
  // Two-factor login: the password was right and a code is needed now; the code was wrong or already used.
  | 'twoFactorRequired'
  | 'codeInvalid'
  // Enrolment: confirming before the QR code was shown, twice, or switching off what the policy requires.
  | 'twoFactorNotStarted'
  | 'twoFactorAlreadyEnabled'
  | 'twoFactorStillRequired';

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordClasses' | 'passwordCommon' | 'passwordHasUsername';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field?: string,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
