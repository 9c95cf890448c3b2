// The line every invitation e-mail carries about personal data (RGPD art. 14: informed at the first
// contact), pointing at the public page /donnees-personnelles of the same site as the e-mail's link.

export const PERSONAL_DATA_PATH = "/donnees-personnelles";

/** The public page's address, on the origin of a link the e-mail already holds. */
export function personalDataPageUrl(link: string): string {
  return `${new URL(link).origin}${PERSONAL_DATA_PATH}`;
}

export function personalDataNotice(link: string): { text: string; html: (escape: (text: string) => string) => string } {
  const url = personalDataPageUrl(link);
  const before =
    "Vos données personnelles servent uniquement à mener cette action collective. Vos droits et la façon de les exercer :";
  return {
    text: `${before} ${url}`,
    html: (escape) => `<p>${escape(before)} <a href="${escape(url)}">${escape(url)}</a></p>`,
  };
}
