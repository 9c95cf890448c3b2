import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// House rules from STYLE.md, enforced rather than hoped for.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "src/generated/**", "next-env.d.ts", "test-results/**"]),
  {
    rules: {
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      // French text is full of apostrophes; only the characters that betray a JSX mistake are refused.
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only src/env.ts reads the environment.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from @/env." },
      ],
    },
  },
  {
    // zod's runtime comes through @/lib/forms/zod, which sets its French messages (src/env.ts, read by the
    // scripts too, speaks to whoever deploys).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/lib/forms/zod.ts", "src/env.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: "Import z from @/lib/forms/zod (French messages).", allowTypeImports: true }] },
      ],
    },
  },
  {
    // Only queries.ts and mutations.ts touch the database (and next-auth's adapter, which needs the client).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/queries.ts", "src/**/mutations.ts", "src/lib/db.ts", "src/lib/auth/options.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Read in queries.ts, write in mutations.ts." }] },
      ],
    },
  },
]);
