import type { Email } from "./mutations";
import { personalDataNotice } from "@/lib/personal-data/notice";

// The shape every e-mail with a sign-in link shares: paragraphs, the link, paragraphs, then the line on
// personal data (RGPD art. 14: informed at the first contact).

export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An e-mail built around a sign-in link, as plain text and as HTML. */
export function linkEmail({
  to,
  subject,
  before,
  link,
  linkLabel,
  after,
}: {
  to: string;
  subject: string;
  before: string[];
  link: string;
  /** The words of the HTML link (the text version shows the address itself). */
  linkLabel: string;
  after: string[];
}): Email {
  const notice = personalDataNotice(link);
  const text = [...before.flatMap((p) => [p, ""]), link, "", ...after.flatMap((p) => [p, ""]), notice.text]
    .join("\n")
    .trimEnd();
  const html = [
    ...before.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>`,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
    notice.html(escapeHtml),
  ].join("\n");
  return { to, subject, text, html };
}
