// A real SMTP server for tests (smtp-server on a free port) that keeps every message it accepts, reads
// them back (headers, text and HTML parts) and can refuse chosen recipients with 550 5.1.1.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  to: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=); whitespace between two of them is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replaceAll("_", " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < source.length; i += 1) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(source[i] ?? "", "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf("\r\n\r\n");
  const head = end < 0 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? "" : raw.slice(end + 4) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

/** The leaf parts of a MIME entity, by content type. */
function leafParts(raw: string, found: Map<string, string> = new Map()) {
  const { headers, body } = splitEntity(raw);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith("multipart/") && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    for (const part of parts) leafParts(part.replace(/^\r\n/, ""), found);
  } else {
    found.set(type.split(";")[0]?.trim() ?? "text/plain", decodeBody(headers, body));
  }
  return found;
}

export function readEmail(raw: string, to: string[]): ReceivedEmail {
  const { headers } = splitEntity(raw);
  const parts = leafParts(raw);
  return {
    to,
    headers,
    subject: decodeWords(headers.get("subject") ?? ""),
    text: parts.get("text/plain") ?? "",
    html: parts.get("text/html") ?? "",
  };
}

export class TestMailbox {
  readonly messages: ReceivedEmail[] = [];
  /** Addresses refused at RCPT TO with "550 5.1.1 Mailbox unavailable". */
  readonly refused = new Set<string>();
  /** Addresses put off at RCPT TO with "451 4.3.0 Try again later". */
  readonly deferred = new Set<string>();
  private readonly server: SMTPServer;
  private port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const recipient = address.address.toLowerCase();
        const [code, text] = this.refused.has(recipient)
          ? [550, "5.1.1 Mailbox unavailable"]
          : this.deferred.has(recipient)
            ? [451, "4.3.0 Try again later"]
            : [0, ""];
        if (!code) return callback();
        callback(Object.assign(new Error(text), { responseCode: code }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          this.messages.push(readEmail(Buffer.concat(chunks).toString("utf8"), to));
          callback();
        });
      },
    });
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Messages delivered to this address, oldest first. */
  to(address: string): ReceivedEmail[] {
    return this.messages.filter((message) => message.to.includes(address));
  }
}

/** The token of the invitation link in an email's text part. */
export function tokenIn(email: ReceivedEmail | undefined): string {
  const token = /\/i\/([A-Za-z0-9_-]{43})/.exec(email?.text ?? "")?.[1];
  if (!token) throw new Error(`no invitation link in: ${email?.text}`);
  return token;
}
