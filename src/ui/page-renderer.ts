import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import type { Locale } from "../core/dates.js";
import type { PageMeta } from "./types.js";

/** A page a feature wants shown inside the site's layout. */
export interface PageContent {
  locale: Locale;
  meta: PageMeta;
  body: VNode;
  status?: number;
  /** Path of this page in the other language, when a translation exists. */
  translationPath?: string;
}

/**
 * Renders a feature's page inside the site layout (header, rates strip, footer) and sends it
 * with caching headers. Implemented by `web/`, handed to features at start-up.
 */
export interface PageRenderer {
  send(request: FastifyRequest, reply: FastifyReply, page: PageContent): Promise<FastifyReply>;
}
