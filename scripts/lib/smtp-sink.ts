import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

// A mail server for the end-to-end tests of the production path, where e-mails leave by SMTP: it accepts every
// message on loopback, keeps it, and lists the messages to one address as JSON over HTTP (GET /?to=…).

export type SunkMail = { to: string[]; subject: string; text: string; receivedAt: string };

export type SmtpSink = { smtpUrl: string; inboxUrl: string; stop: () => Promise<void> };

/** `refusing`: while it returns true, every message is refused with a temporary error (a mail server in trouble). */
export async function startSmtpSink({ refusing = () => false }: { refusing?: () => boolean } = {}): Promise<SmtpSink> {
  const mails: SunkMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      if (refusing()) {
        stream.on("end", () => done(Object.assign(new Error("Service momentanément indisponible"), { responseCode: 451 })));
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            receivedAt: new Date().toISOString(),
          });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const inbox = http.createServer((request, response) => {
    const to = new URL(request.url ?? "/", "http://sink").searchParams.get("to")?.toLowerCase();
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(mails.filter((mail) => !to || mail.to.includes(to))));
  });
  await new Promise<void>((resolve) => inbox.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const inboxPort = (inbox.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://127.0.0.1:${inboxPort}/`,
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => inbox.close(() => resolve()));
    },
  };
}
