// A User-Agent header in words for "Mon compte" ("Chrome sur Linux"): enough for a person to recognise
// their own devices, not a device database. Order matters: Edge and Opera also say "Chrome", Chrome also
// says "Safari".

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\b(OPR|Opera)\//, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

const find = (table: [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1];

/** "Firefox sur Windows", "Safari sur iOS", "Navigateur inconnu" when the header says nothing we know. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Navigateur inconnu";
  const browser = find(BROWSERS, userAgent);
  const system = find(SYSTEMS, userAgent);
  if (browser && system) return `${browser} sur ${system}`;
  if (browser) return browser;
  return system ? `Navigateur inconnu sur ${system}` : "Navigateur inconnu";
}
