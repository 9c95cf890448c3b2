// The JavaScript a first visit of each page route loads, gzip-compressed, read from the build: the framework's
// own chunks (rootMainFiles of .next/build-manifest.json) and every chunk the route's client reference
// manifest lists for its segments (layouts, error boundaries, page). An upper bound: a chunk listed for an
// error boundary is counted even where the browser would fetch it only on an error.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "../project.ts";
import type { FirstLoadMeasure } from "./results.ts";

const NEXT_DIR = path.join(root, ".next");

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

export function measureFirstLoad(): FirstLoadMeasure[] {
  const rootMain: string[] = JSON.parse(readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")).rootMainFiles;
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    const known = sizes.get(file);
    if (known !== undefined) return known;
    const size = gzipSync(readFileSync(path.join(NEXT_DIR, file.replace(/^\/_next\//, "")))).length;
    sizes.set(file, size);
    return size;
  };
  return manifests(path.join(NEXT_DIR, "server/app"))
    .map((file) => {
      // globalThis.__RSC_MANIFEST["/rapports/page"] = {…}
      const source = readFileSync(file, "utf8");
      const match = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{.*\});?\s*$/s.exec(source);
      if (!match) throw new Error(`Manifeste illisible : ${path.relative(root, file)}`);
      const manifest = JSON.parse(match[2]!) as { entryJSFiles: Record<string, string[]> };
      const chunks = new Set([...rootMain, ...Object.values(manifest.entryJSFiles).flat()]);
      const route = match[1]!.replace(/\/page$/, "") || "/";
      return { route, gzipBytes: [...chunks].reduce((sum, chunk) => sum + gzipped(chunk), 0) };
    })
    .filter((measure) => !measure.route.startsWith("/_"))
    .sort((a, b) => a.route.localeCompare(b.route));
}
