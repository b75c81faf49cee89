import helmet from 'helmet';

/**
 * Security headers on every answer (helmet): a Content-Security-Policy that lets the console load
 * only its own scripts and talk only to its own origin, no framing (frame-ancestors 'none' and
 * X-Frame-Options: DENY), nosniff, a strict Referrer-Policy, and HSTS when the deployment says it
 * is served over HTTPS (COOKIE_SECURE, the default in production).
 * Styles allow 'unsafe-inline': MUI (emotion) injects its styles at run time.
 */
export const securityHeaders = (secure: boolean) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
