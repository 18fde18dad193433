/**
 * `/_headers`: HTTP security headers for hosts that read this file (Netlify, Cloudflare Pages).
 * GitHub Pages ignores it; there, the same Content Security Policy comes from the meta tag on every page
 * (`_includes/layouts/base.ts`) and the referrer policy from `<meta name="referrer">`.
 *
 * As a header the policy can also say `frame-ancestors 'none'` (no other site may show ours in a frame),
 * which browsers ignore in a meta tag.
 *
 * `Strict-Transport-Security` (HSTS) has no meta-tag form at all: after one visit over HTTPS, the browser
 * uses HTTPS for the site (and, with `includeSubDomains`, every subdomain) for a year, so a reader on a
 * hostile network cannot be sent a tampered plain-HTTP copy. Browsers ignore it over plain HTTP.
 */
import { contentSecurityPolicy } from "../helpers/security.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

/** Browser features this site never uses, switched off for every page (and for anything embedded in it). */
export const permissionsPolicy = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "interest-cohort=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** One year; `includeSubDomains` means every subdomain of the host must serve HTTPS too. */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

export const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  ["Strict-Transport-Security", strictTransportSecurity],
  ["Content-Security-Policy", `${contentSecurityPolicy}; frame-ancestors 'none'`],
  ["Referrer-Policy", "no-referrer"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", permissionsPolicy],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

export default function render(): string {
  return `# Security headers for every page and file (Netlify and Cloudflare Pages read this file).\n/*\n${securityHeaders
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n")}\n`;
}
