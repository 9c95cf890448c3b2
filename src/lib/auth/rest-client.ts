// next-auth's documented REST API, called from the browser: what next-auth/react's signIn() and
// signOut() do, without their client code in every page's first-load JavaScript. Each POST carries the
// CSRF token (GET /api/auth/csrf); next-auth answers with the address to go to, which names the error
// of a refused sign-in in its `error` parameter.

async function csrfToken(): Promise<string> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  return csrfToken;
}

/** POSTs to /api/auth/<action> and returns the address next-auth sends to. */
async function authPost(action: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`/api/auth/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  return url ?? fields.callbackUrl ?? "/";
}

/** Asks for a sign-in link by e-mail; the error code next-auth gives, or null when the link is on its way. */
export async function requestEmailLink(email: string, callbackUrl: string): Promise<string | null> {
  const url = await authPost("signin/email", { email, callbackUrl });
  return new URL(url, window.location.href).searchParams.get("error");
}

/** Starts a sign-in with the identity provider: the browser goes to it. */
export async function signInWithProvider(provider: string, callbackUrl: string): Promise<void> {
  window.location.href = await authPost(`signin/${provider}`, { callbackUrl });
}

export async function signOut(callbackUrl: string): Promise<void> {
  window.location.href = await authPost("signout", { callbackUrl });
}
