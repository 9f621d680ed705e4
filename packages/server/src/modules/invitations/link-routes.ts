// Public routes behind an invitation email's links (outside /api/v1, no login): the survey link and its
// score links, the unsubscribe page (GET shows, POST does; also RFC 8058 one-click) and the open pixel.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CONTENT_SECURITY_POLICY } from "../hosted-page/render-document.ts";
import { renderStatusPage, statusLanguage, statusPageFor } from "../hosted-page/render-status.ts";
import { setRespondentCookie } from "../hosted-page/respondent-cookie.ts";
import type { InvitationsDeps } from "./invitations-deps.ts";
import { openInvitation } from "./open-invitation.ts";
import { recordOpen } from "./record-open.ts";
import { showUnsubscribe, unsubscribe } from "./unsubscribe.ts";

const params = z.object({ token: z.string().max(200) });
const openQuery = z.object({ a: z.string().max(10).optional() });

const PAGE_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "cache-control": "no-store",
  // The token in the address must not travel to other sites.
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-robots-tag": "noindex",
};

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

const sendPage = (reply: FastifyReply, page: { status: number; html: string }) =>
  reply.headers(PAGE_HEADERS).status(page.status).type("text/html; charset=utf-8").send(page.html);

export async function registerInvitationLinkRoutes(app: FastifyInstance, deps: InvitationsDeps) {
  await app.register(async (scope) => {
    // The unsubscribe form and RFC 8058 one-click POSTs carry a body nobody needs; it is read and dropped.
    scope.addContentTypeParser(
      ["application/x-www-form-urlencoded", "multipart/form-data"],
      { parseAs: "string", bodyLimit: 64 * 1024 },
      (_request, _body, done) => done(null, {}),
    );
    scope.setErrorHandler((error, request: FastifyRequest, reply) => {
      const page = statusPageFor(error);
      if (page.unexpected) request.log.error({ err: error }, "invitation link failed");
      const language = statusLanguage(undefined, request.headers["accept-language"]);
      return sendPage(reply, { status: page.status, html: renderStatusPage(page.kind, language) });
    });
    const routes = scope.withTypeProvider<ZodTypeProvider>();
    const schema = { hide: true, params };

    routes.get(
      "/i/:token",
      { config: { public: true }, schema: { ...schema, querystring: openQuery } },
      async (request, reply) => {
        const outcome = await openInvitation(deps, {
          token: request.params.token,
          score: request.query.a,
          acceptLanguage: request.headers["accept-language"],
        });
        if (outcome.kind === "page") return sendPage(reply, outcome);
        if (outcome.cookie) {
          // The hosted page's own cookie, so /s/ resumes this response.
          setRespondentCookie(reply, request.protocol === "https", outcome.cookie);
        }
        return reply.headers(PAGE_HEADERS).redirect(outcome.location, 303);
      },
    );

    routes.get("/i/:token/unsubscribe", { config: { public: true }, schema }, async (request, reply) =>
      sendPage(reply, await showUnsubscribe(deps, request.params.token, request.headers["accept-language"])),
    );
    routes.post("/i/:token/unsubscribe", { config: { public: true }, schema }, async (request, reply) =>
      sendPage(reply, await unsubscribe(deps, request.params.token, request.headers["accept-language"])),
    );

    routes.get("/i/:token/open.gif", { config: { public: true }, schema }, async (request, reply) => {
      await recordOpen(deps, request.params.token);
      return reply
        .headers({ "cache-control": "no-store, max-age=0", "x-content-type-options": "nosniff" })
        .type("image/gif")
        .send(PIXEL);
    });
  });
}
