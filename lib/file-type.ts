/** Evidence files a project accepts, told apart by their bytes. */
export const EVIDENCE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mime: 'image/png', extensions: ['png'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
} as const;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;

export const XLSX_CONTENT_TYPE = EVIDENCE_TYPES.xlsx.mime;

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether an entry name appears in the zip: OOXML packages list `xl/…` or `word/…` parts in their headers. */
function zipHasEntry(bytes: Uint8Array, prefix: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(prefix, 'latin1'));
}

/** The type the content really is, or null for anything else (programs, scripts, archives, HTML…). */
export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && zipHasEntry(bytes, '[Content_Types].xml')) {
    if (zipHasEntry(bytes, 'xl/')) return 'xlsx';
    if (zipHasEntry(bytes, 'word/')) return 'docx';
  }
  return null;
}

export type EvidenceCheck = { ok: true; type: EvidenceType; mime: string } | { ok: false; problem: 'fileTooLarge' | 'fileTypeNotAllowed' | 'fileTypeMismatch' };

/** Size, content type, and a name that does not claim another type than the content. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): EvidenceCheck {
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, problem: 'fileTooLarge' };
  const type = detectEvidenceType(bytes);
  if (!type) return { ok: false, problem: 'fileTypeNotAllowed' };
  const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  if (!(EVIDENCE_TYPES[type].extensions as readonly string[]).includes(extension)) return { ok: false, problem: 'fileTypeMismatch' };
  return { ok: true, type, mime: EVIDENCE_TYPES[type].mime };
}
