// Pieces shared by the e-mails' texts.

export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Every invitation says where the person's data and rights are explained. */
export function personalDataNotice(origin: string): string {
  return `Vos données personnelles et vos droits : ${origin}/donnees-personnelles`;
}
