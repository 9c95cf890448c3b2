/**
 * The client's IP as seen by the nearest hop: the last X-Forwarded-For entry, which our reverse proxy
 * appends (nginx's $proxy_add_x_forwarded_for) or which Next sets from the socket when there is none.
 * Entries before it are whatever the client chose to send.
 */
export function clientIp(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? headers.get("x-real-ip") ?? "inconnue";
}
