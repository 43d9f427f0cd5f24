import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

// One free port for the whole run: the config is evaluated again in every worker, which inherit this env.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer().listen(0,()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const baseURL = `http://localhost:${process.env.E2E_PORT}`;
const OWN_SERVER_SPECS = /(abuse-limits|faults|separation-of-duties|two-factor)\.spec\.ts/;

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  // Journeys check behaviour, not speed (the bench times pages): on CI's two cores the shared server renders
  // for two workers at once, and a five-page journey took over 30 s there once while taking 16 s alone.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, dependencies: ['setup'], testIgnore: OWN_SERVER_SPECS },
    // Specs that start (and stop, and starve of their database) Next servers of their own: they run after the
    // shared suite, so two cores are not split between three servers while the other journeys are timed.
    { name: 'own-servers', testMatch: OWN_SERVER_SPECS, use: { ...devices['Desktop Chrome'], channel: undefined }, dependencies: ['chromium'] },
  ],
  webServer: {
    // `npm run test:e2e` builds first; this starts that build on a fresh database.
    command: 'node --import tsx e2e/server.ts',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  },
});
