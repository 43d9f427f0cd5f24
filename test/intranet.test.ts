// The zone's intranet has no way out, so nothing the app ships may point the browser or the server at
// another host: no CDN scripts, styles or fonts, no maps, no analytics. This reads the runtime source
// (e2e/intranet.spec.ts checks the pages themselves in a browser with every outside request blocked).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What runs in the browser or the server, tests aside. */
const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.js', 'proxy.ts', 'instrumentation.ts', 'instrumentation-node.ts'];
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
const MARKUP = /\.(?:svg|html?|xml|webmanifest|json|txt)$/;
const TEST = /\.test\.tsx?$/;

/**
 * Addresses that look external but are never fetched. Keep this short, each with its reason.
 */
const ALLOWED: { url: string; file?: string; reason: string }[] = [
  { url: 'http://www.w3.org/2000/svg', reason: 'the SVG namespace: a name, never requested' },
  { url: 'http://local.invalid', file: 'app/(auth)/login/page.tsx', reason: 'a base to parse a relative path against (.invalid never resolves); only the path is kept' },
  { url: 'https://example.com', file: 'lib/import/enterprise-template.ts', reason: 'the sample website cell in the downloadable import template: text, never requested' },
];

/** Absolute (http, https, ws, wss) and protocol-relative addresses of a host other than this machine. */
const URL_PATTERN = /(?:\b(?:https?|wss?):)?\/\/(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*(?::\d+)?[^\s'"`)<>]*|\b(?:https?|wss?):\/\/[a-z0-9-]+(?::\d+)?[^\s'"`)<>]*/gi;
const LOCAL = /^(?:[a-z]+:)?\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?:[:/]|$)/i;

function filesUnder(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return fs.readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(relative, name))
    .filter((file) => fs.statSync(path.join(ROOT, file)).isFile());
}

/** The text of every string, template and JSX text in a script: what it can send anywhere, comments left out. */
function scriptStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const strings: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      strings.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return strings;
}

const withoutComments = (text: string, file: string) =>
  file.endsWith('.css') ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text.replace(/<!--[\s\S]*?-->/g, '');

/** The runtime files with their text, comments removed. */
function runtimeTexts(): { file: string; texts: string[] }[] {
  return SOURCES.flatMap(filesUnder)
    .filter((file) => !TEST.test(file) && (SCRIPT.test(file) || MARKUP.test(file) || file.endsWith('.css')))
    .map((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return { file: file.split(path.sep).join('/'), texts: SCRIPT.test(file) ? scriptStrings(file, text) : [withoutComments(text, file)] };
    });
}

const isAllowed = (url: string, file: string) => ALLOWED.some((a) => (url === a.url || url.startsWith(`${a.url}/`)) && (!a.file || a.file === file));

describe('nothing at runtime reaches outside the intranet', () => {
  const sources = runtimeTexts();

  it('reads the app, its components, libraries, public files and config', () => {
    const files = sources.map((s) => s.file);
    for (const expected of ['app/layout.tsx', 'app/globals.css', 'app/icon.svg', 'components/shell/app-shell.tsx', 'lib/csp.ts', 'next.config.js', 'proxy.ts']) {
      expect(files).toContain(expected);
    }
  });

  it('no runtime file names another host', () => {
    const found = sources.flatMap(({ file, texts }) =>
      texts.flatMap((text) => [...text.matchAll(URL_PATTERN)].map(([url]) => url).filter((url) => !LOCAL.test(url) && !isAllowed(url, file)).map((url) => `${file}: ${url}`)),
    );
    expect(found).toEqual([]);
  });

  it('every allowed address is still there (so the list does not outlive its reasons)', () => {
    for (const { url, file } of ALLOWED) {
      const holders = sources.filter((s) => (!file || s.file === file) && s.texts.some((text) => text.includes(url)));
      expect(holders.length, `${url} in ${file ?? 'any file'}`).toBeGreaterThan(0);
    }
  });

  it('the scan sees an address in code, in CSS and in markup, and not in a comment', () => {
    const code = scriptStrings('x.tsx', `// https://in.a.comment/\nconst a = <link href="https://cdn.example.net/a.css" />; const b = \`//cdn.example.org/\${a}\`;`);
    expect(code.flatMap((t) => [...t.matchAll(URL_PATTERN)].map(([u]) => u))).toEqual(['https://cdn.example.net/a.css', '//cdn.example.org/']);
    expect([...withoutComments('/* https://x.example */ a { background: url(https://tiles.example.com/1.png) }', 'a.css').matchAll(URL_PATTERN)].map(([u]) => u)).toEqual(['https://tiles.example.com/1.png']);
    expect([...withoutComments('<!-- http://x.example --><image href="http://img.example.com/a"/>', 'a.svg').matchAll(URL_PATTERN)].map(([u]) => u)).toEqual(['http://img.example.com/a']);
    expect(LOCAL.test('http://localhost:3000/x') && LOCAL.test('http://127.0.0.1/x') && !LOCAL.test('http://localhost.example.com/')).toBe(true);
  });

  it('no Google fonts, no CSS imports from another host, no web fonts to download', () => {
    const all = sources.flatMap(({ file, texts }) => texts.map((text) => ({ file, text })));
    expect(all.filter(({ text }) => text.includes('next/font/google')).map((s) => s.file)).toEqual([]);
    const css = all.filter(({ file }) => file.endsWith('.css'));
    expect(css.filter(({ text }) => /@import\s+(?:url\()?\s*['"]?(?:https?:)?\/\//i.test(text)).map((s) => s.file)).toEqual([]);
    expect(css.filter(({ text }) => /@font-face/i.test(text)).map((s) => s.file)).toEqual([]);
  });

  it('the page font is a system Chinese font stack, for each desktop system, ending in a generic family', () => {
    const css = fs.readFileSync(path.join(ROOT, 'app/globals.css'), 'utf8');
    const stack = /--font-sans:\s*([^;]+);/.exec(css)?.[1].split(',').map((family) => family.trim().replace(/^"|"$/g, ''));
    expect(stack).toBeDefined();
    // macOS / iOS, Windows, Linux (Kylin, UOS and other domestic systems ship Noto/Source Han or WenQuanYi).
    for (const family of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei']) expect(stack).toContain(family);
    expect(stack!.at(-1)).toBe('sans-serif');
    // The Chinese faces come before the Latin ones, so Chinese text does not fall back glyph by glyph.
    expect(stack!.indexOf('Microsoft YaHei')).toBeLessThan(stack!.indexOf('system-ui'));
    expect(/body\s*{[^}]*font-family:\s*var\(--font-sans\)/.test(css)).toBe(true);
  });
});
