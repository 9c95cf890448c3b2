import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Finds every server action of the app by reading the sources, so that a new "use server" module, or a new
// export of one, is fuzzed without anyone listing it (and fails the fuzz until it has a case).

const SRC = path.resolve(import.meta.dirname, "../../../src");

export type DiscoveredAction = { module: string; name: string; call: (input: unknown) => Promise<unknown> };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The modules whose first statement is the "use server" directive: every export of them is an action. */
export function serverActionModules(): string[] {
  const modules: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = readFileSync(file, "utf8");
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) modules.push(path.relative(SRC, file));
    // An action declared inside a component or a page would escape the fuzz: the app keeps them in modules.
    else if (/["']use server["']/.test(source)) throw new Error(`${file}: an inline "use server" is not fuzzed`);
  }
  return modules.sort();
}

/** Every exported server action, named by module ("lib/clusters/actions.ts") and export. */
export async function discoverActions(): Promise<DiscoveredAction[]> {
  const actions: DiscoveredAction[] = [];
  for (const file of serverActionModules()) {
    const exports = (await import(path.join(SRC, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== "function") throw new Error(`${file} exports ${name}, which is not a server action`);
      actions.push({ module: file, name, call: value as DiscoveredAction["call"] });
    }
  }
  return actions.sort((a, b) => a.name.localeCompare(b.name));
}
