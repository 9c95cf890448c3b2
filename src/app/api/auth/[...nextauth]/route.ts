import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { admitSignInRequest } from "@/lib/auth/mutations";
import { clientIp } from "@/lib/auth/client-ip";
import { SignInInput } from "@/lib/auth/sign-in-schemas";
import { env } from "@/env";

type Context = { params: Promise<{ nextauth: string[] }> };

const handle = (request: NextRequest, context: Context) => NextAuth(authOptions())(request, context);

export const GET = handle;

/** Asking for a magic link goes through the same schema as the form, then the rate limit. */
export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await request.clone().formData();
    const parsed = SignInInput.safeParse({ email: form.get("email") ?? "" });
    const verdict = parsed.success ? await admitSignInRequest(parsed.data.email, clientIp(request.headers)) : "invalid";
    if (verdict !== "allowed") {
      const error = verdict === "invalid" ? "EmailInvalide" : "TropDeDemandes";
      const url = new URL(`/connexion?error=${error}`, env().NEXTAUTH_URL).toString();
      return form.get("json") === "true" ? Response.json({ url }) : Response.redirect(url, 303);
    }
  }
  return handle(request, context);
}
