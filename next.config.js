// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Device and payment features the CRM never uses, so no page (or injected script) can ask for them. */
const BROWSER_FEATURES_OFF = [
  'camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'midi',
  'display-capture', 'accelerometer', 'gyroscope', 'magnetometer', 'browsing-topics',
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm packages stay in node_modules; bundling them copies ~15 MB of wasm into static output.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'bcryptjs', 'exceljs'],
  poweredByHeader: false,
  // On every response, static files included; the Content-Security-Policy needs a nonce per request and
  // comes from proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: BROWSER_FEATURES_OFF.map((feature) => `${feature}=()`).join(', ') },
        ],
      },
    ];
  },
  experimental: {
    // Enables forbidden() → app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // The largest upload is a project's evidence file of up to 20 MB (lib/file-type.ts MAX_EVIDENCE_BYTES;
    // imports take 10 MB); the extra megabyte is multipart framing. The proxy (proxy.ts) buffers request
    // bodies too and would otherwise cut them at its own 10 MB default before the action or route handler sees them.
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
  },
};

module.exports = withNextIntl(nextConfig);
