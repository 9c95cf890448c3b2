/** next-auth's session cookie, plain over http and prefixed over https. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;
