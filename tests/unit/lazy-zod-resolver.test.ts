import { describe, expect, it, vi } from "vitest";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SignInInput } from "@/lib/auth/sign-in-schemas";

const options = { fields: {}, shouldUseNativeValidation: false };

describe("the forms' lazy zod resolver", () => {
  it("validates with the schema it loads, loaded once", async () => {
    const load = vi.fn(() => Promise.resolve(SignInInput));
    const { resolver, preload } = lazyZodResolver(load);
    preload();
    const refused = await resolver({ email: "claire.martin" }, undefined, options);
    expect(refused.errors.email?.message).toMatch(/n'est pas valide/);
    const accepted = await resolver({ email: "  Claire.Martin@Anact.FR " }, undefined, options);
    expect(accepted).toEqual({ values: { email: "claire.martin@anact.fr" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("loads again after a failed load, instead of keeping the failure", async () => {
    const load = vi
      .fn<() => Promise<typeof SignInInput>>()
      .mockRejectedValueOnce(new Error("network"))
      .mockResolvedValue(SignInInput);
    const { resolver } = lazyZodResolver(load);
    await expect(resolver({ email: "" }, undefined, options)).rejects.toThrow("network");
    const refused = await resolver({ email: "" }, undefined, options);
    expect(refused.errors.email?.message).toBe("Saisissez votre adresse e-mail.");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
