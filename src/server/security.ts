/** Security middleware and the upload policy: helmet headers with a CSP fit for the page, and who may POST articles. */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { UserError } from '../errors.ts';

/**
 * Helmet with a CSP that allows only the page's own scripts and styles; `blob:` workers because
 * ForceAtlas2's supervisor spawns its worker from a Blob URL; `blob:`/`data:` images for PNG export.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Served over plain HTTP on loopback: upgrading would break every request.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface UploadRequest {
  remoteAddress: string | undefined;
  authorization: string | undefined;
  /** `Origin` header, sent by browsers on cross-origin and POST requests. */
  origin: string | undefined;
  host: string | undefined;
}

/**
 * Who may add articles: anyone on loopback, or anyone presenting `Authorization: Bearer <token>`
 * when ENTENTE_TOKEN is set. A browser request from another origin is refused even on loopback,
 * so a web page cannot post into a local Entente behind the user's back (CSRF).
 * Returns null when allowed, else the reason.
 */
export function uploadRefusal(req: UploadRequest, token: string | undefined): string | null {
  if (req.origin !== undefined && req.origin !== 'null') {
    let originHost: string | undefined;
    try {
      originHost = new URL(req.origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost !== req.host) return 'cross-origin uploads are not allowed';
  } else if (req.origin === 'null') {
    return 'cross-origin uploads are not allowed';
  }
  if (token && req.authorization !== undefined) {
    const m = /^Bearer\s+(.+)$/i.exec(req.authorization);
    if (m && sameSecret(m[1]!.trim(), token)) return null;
    return 'invalid token';
  }
  if (isLoopback(req.remoteAddress)) return null;
  return token
    ? 'uploads from other machines need Authorization: Bearer <ENTENTE_TOKEN>'
    : 'uploads are only accepted from this machine (set ENTENTE_TOKEN to allow others)';
}

/** Express guard for the upload route. */
export function uploadGuard(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    const refusal = uploadRefusal(
      {
        remoteAddress: req.socket.remoteAddress,
        authorization: req.get('authorization'),
        origin: req.get('origin'),
        host: req.get('host'),
      },
      token,
    );
    next(refusal ? new UserError(refusal, 403) : undefined);
  };
}
