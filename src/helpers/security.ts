/**
 * The Content Security Policy every page carries (as a meta tag, and in `_headers` for hosts that read it).
 * Everything comes from this site: no third-party scripts, fonts, images or analytics can load, and no
 * inline script can run. `wasm-unsafe-eval` lets the offline search (Pagefind's WebAssembly) start.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
