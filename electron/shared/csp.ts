/**
 * The Content-Security-Policy of every page the renderer is served in: by the Electron shell over
 * app:// and by the web harness over http on 127.0.0.1, so both fronts enforce the same policy.
 * naive-ui injects <style> at run time, hence 'unsafe-inline' for styles only; never for scripts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')
