import { defineConfig } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/e2e.ts), which starts the database and the built app and
// passes their addresses here. Playwright cannot download its browser offline: Debian's Chromium is used.
export default defineConfig({
  testDir: "e2e",
  // Journeys visit many pages with an axe check on each: a minute and a half each at most.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:3000",
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /personal-data\.spec\.ts|database-fault\.spec\.ts/ },
    // The erasure compares the whole national report before and after: it runs once every other spec has
    // finished, so that no other spec (a withdrawal, a support day…) moves a figure in between.
    {
      name: "after-the-others",
      use: { browserName: "chromium" },
      testMatch: /personal-data\.spec\.ts/,
      dependencies: ["chromium"],
    },
    // The database fault test kills the PostgreSQL of an `npm start` of its own and times the answers: last,
    // alone, so that no other spec slows them.
    { name: "database-fault", testMatch: /database-fault\.spec\.ts/, dependencies: ["after-the-others"] },
  ],
});
