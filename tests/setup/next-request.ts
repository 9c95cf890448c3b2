import { vi } from "vitest";
import { sessionUserId } from "../support/session";

// Outside a Next request there are no cookies and no cache to revalidate.
vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => sessionUserId() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
