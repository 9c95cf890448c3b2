import "server-only";
import { env } from "@/env";

/** The client's IP: the nearest proxy's view unless TRUST_PROXY says the first hop is trustworthy. */
export function clientIp(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = env().TRUST_PROXY ? forwarded[0] : forwarded.at(-1);
  return ip ?? headers.get("x-real-ip") ?? "inconnue";
}
