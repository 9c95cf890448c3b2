import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { listOutbox } from "@/lib/email/queries";
import { clientIp } from "@/lib/auth/client-ip";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Boîte d'envoi locale" };

type Props = { searchParams: Promise<{ a?: string }> };

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "medium", timeZone: "Europe/Paris" });

/** Links in plain-text e-mails, made clickable. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="break-all">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function OutboxPage({ searchParams }: Props) {
  const { a } = await searchParams;
  const messages = await listOutbox(clientIp(await headers()), a);
  if (!messages) notFound();
  return (
    <>
      <PageHeader
        title="Boîte d'envoi locale"
        lead={`Sans serveur d'envoi, les e-mails ne partent pas : les voici${a ? `, pour ${a}` : ""}, du plus récent au plus ancien.`}
      />
      {messages.length === 0 && <p>Aucun message.</p>}
      <ol className="space-y-4">
        {messages.map((message) => (
          <li key={message.id}>
            <Card headingLevel={2} title={message.subject}>
              <p className="mb-3 text-sm text-muted">
                À {message.to} · {dateTime.format(message.createdAt)}
              </p>
              <p className="whitespace-pre-line text-sm">{linkify(message.text)}</p>
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
