/**
 * `attachment` with the name twice: an ASCII fallback for old clients and the real (Chinese) name as
 * RFC 5987 `filename*`, so 签约项目清单_2026-11-26.xlsx arrives with its name intact.
 */
export function contentDisposition(fileName: string, asciiFallback?: string): string {
  const fallback = (asciiFallback ?? fileName).replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRFC5987(fileName)}`;
}

function encodeRFC5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
