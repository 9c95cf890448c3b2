import { authorize } from "@/lib/auth/scope";
import { readResourceFile } from "@/lib/resources/queries";

type Context = { params: Promise<{ id: string }> };

const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A resource's file, to whoever reaches the resource (the library's, or a member's cluster's): never from a
 * public folder. Sent as an attachment, in the type its content was checked to be, never sniffed.
 */
export async function GET(_request: Request, { params }: Context) {
  const scope = await authorize("resource:read");
  if (!scope) return notFound();
  const file = await readResourceFile(scope, (await params).id);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
