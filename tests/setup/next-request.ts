import { vi } from "vitest";
import { clientAddress, sessionUserId } from "../support/session";

// Outside a Next request there are no cookies and no cache to revalidate: the session is whoever `actAs` says.
vi.mock("@/lib/auth/session", () => ({ sessionUserId: async () => sessionUserId() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": clientAddress() }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
