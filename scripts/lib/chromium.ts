import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Playwright cannot download its browser offline; Debian's Chromium is used instead. As root we
 * install it; otherwise we say what to install and stop.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(
      `Chromium est introuvable (${CHROMIUM}). Installez-le avec « sudo apt-get install -y chromium » ` +
        "ou indiquez son chemin dans CHROMIUM_PATH, puis relancez npm test.",
    );
    process.exit(1);
  }
  console.log("Chromium manque : installation du paquet Debian « chromium »…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (!existsSync(CHROMIUM)) {
    console.error(`L'installation de Chromium n'a pas produit ${CHROMIUM}.`);
    process.exit(1);
  }
}
