/**
 * The Content-Security-Policy of every response (set by proxy.ts). The app runs on an isolated intranet
 * and loads nothing from other hosts, so every source is this origin; scripts additionally need the
 * per-request nonce, which Next.js reads back from the request's CSP header and stamps on its own scripts.
 */
export function contentSecurityPolicy(nonce: string, { dev }: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'strict-dynamic' lets the nonce-stamped bootstrap load the route chunks it needs (and nothing injected).
    // React's development build evaluates server error stacks with eval(); the production build never does.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React renders style={{…}} as style attributes (progress bars, chart heights), which a nonce cannot
    // cover; styles cannot run code, so allowing inline ones costs little.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // No upgrade-insecure-requests: some zones serve the app over plain http inside their intranet.
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** 128 random bits, base64: unguessable and new for every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
