// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm packages stay in node_modules; bundling them copies ~15 MB of wasm into static output.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'bcryptjs', 'exceljs'],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
  experimental: {
    // Enables forbidden() → app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
  },
};

module.exports = withNextIntl(nextConfig);
