// `npm test`: the whole suite, in the order that fails fastest: types and lint, unit and integration
// tests on a real PostgreSQL, then end-to-end in Chromium against the production build.
import { bin, run } from "./lib/project.ts";
import { ensureChromium } from "./lib/chromium.ts";

const started = Date.now();
const step = async (label: string, command: string, args: string[]) => {
  const t = Date.now();
  console.log(`\n▶ ${label}`);
  await run(command, args);
  console.log(`✔ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
};

try {
  ensureChromium();
  await step("Types", bin("tsc"), ["--noEmit"]);
  await step("Lint", bin("eslint"), [".", "--max-warnings", "0"]);
  await step("Tests unitaires et d'intégration", bin("vitest"), ["run"]);
  await step("Tests de bout en bout (Chromium)", bin("tsx"), ["scripts/e2e.ts"]);
  console.log(`\nSuite complète réussie en ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
