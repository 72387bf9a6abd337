/**
 * The renderer's Content-Security-Policy, sent as a header by both transports and kept
 * as a meta tag in index.html. Styles allow inline because Mantine writes its CSS
 * variables in a <style> element; scripts never do.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: vault:",
  "font-src 'self'",
  "connect-src 'self' vault:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob: vault:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');
