// Terminal output for the specs, written after curl's documented formats and the real app's
// headers (TomBers/dialectic lib/dialectic_web/endpoint.ex; HSTS from force_ssl, 1 year).

/** The Phoenix app's CSP, as its endpoint sets it. */
export const PHOENIX_CSP =
	"default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' https://www.googletagmanager.com; style-src 'self' 'unsafe-inline' https://rsms.me; img-src 'self' data: https:; font-src 'self' data: https://rsms.me; connect-src 'self' wss: ws: https://www.google-analytics.com https://*.google-analytics.com; frame-ancestors 'self'";

/** `curl -I https://your-app.fly.dev` against the Phoenix app on Fly.io (HTTP/2, lower case). */
export const PHOENIX_HEADERS = [
	'HTTP/2 200 ',
	'cache-control: max-age=0, private, must-revalidate',
	`content-security-policy: ${PHOENIX_CSP}`,
	'content-type: text/html; charset=utf-8',
	'date: Wed, 26 Nov 2025 10:12:00 GMT',
	'permissions-policy: geolocation=(), microphone=(self), camera=()',
	'referrer-policy: strict-origin-when-cross-origin',
	'server: Fly/6f7e5b3c (2025-11-20)',
	'strict-transport-security: max-age=31536000',
	'x-content-type-options: nosniff',
	'x-frame-options: SAMEORIGIN',
	'x-request-id: GHk2c1x3b9Y0AAAC',
	'x-xss-protection: 1; mode=block',
	'via: 2 fly.io',
	'fly-request-id: 01JDQ4ZB4M3F0000000000-lhr',
	'',
	''
].join('\n');

/** `curl -I http://your-app.fly.dev`: Fly's proxy redirects plain http permanently. */
export const FLY_REDIRECT = [
	'HTTP/1.1 301 Moved Permanently',
	'location: https://your-app.fly.dev/',
	'server: Fly/6f7e5b3c (2025-11-20)',
	'via: 1.1 fly.io',
	'fly-request-id: 01JDQ50000000000000000-lhr',
	'content-length: 0',
	'date: Wed, 26 Nov 2025 10:12:00 GMT',
	'',
	''
].join('\r\n');

/** `curl -vI https://your-app.fly.dev` (curl 8.7): info, TLS handshake, request, response. */
export const VERBOSE_HTTPS = `* Host your-app.fly.dev:443 was resolved.
* IPv6: 2a09:8280:1::4b:1
* IPv4: 66.241.124.19
*   Trying 66.241.124.19:443...
* Connected to your-app.fly.dev (66.241.124.19) port 443
* ALPN: curl offers h2,http/1.1
* (304) (OUT), TLS handshake, Client hello (1):
*  CAfile: /etc/ssl/cert.pem
*  CApath: none
* (304) (IN), TLS handshake, Server hello (2):
* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):
* TLSv1.3 (IN), TLS handshake, Certificate (11):
* TLSv1.3 (IN), TLS handshake, CERT verify (15):
* TLSv1.3 (IN), TLS handshake, Finished (20):
* TLSv1.3 (OUT), TLS handshake, Finished (20):
* SSL connection using TLSv1.3 / AEAD-CHACHA20-POLY1305-SHA256 / [blank] / UNDEF
* ALPN: server accepted h2
* Server certificate:
*  subject: CN=your-app.fly.dev
*  start date: Nov  1 00:00:00 2025 GMT
*  expire date: Jan 30 23:59:59 2026 GMT
*  subjectAltName: host "your-app.fly.dev" matched cert's "your-app.fly.dev"
*  issuer: C=US; O=Let's Encrypt; CN=R11
*  SSL certificate verify ok.
* using HTTP/2
* [HTTP/2] [1] OPENED stream for https://your-app.fly.dev/
* [HTTP/2] [1] [:method: HEAD]
* [HTTP/2] [1] [:scheme: https]
* [HTTP/2] [1] [:authority: your-app.fly.dev]
* [HTTP/2] [1] [:path: /]
* [HTTP/2] [1] [user-agent: curl/8.7.1]
* [HTTP/2] [1] [accept: */*]
> HEAD / HTTP/2
> Host: your-app.fly.dev
> User-Agent: curl/8.7.1
> Accept: */*
> 
* Request completely sent off
< HTTP/2 200 
< content-type: text/html; charset=utf-8
< strict-transport-security: max-age=31536000
< x-frame-options: SAMEORIGIN
< 
* Connection #0 to host your-app.fly.dev left intact
`;

/** `curl -v http://your-app.fly.dev` over plain http, with the redirect's short body. */
export const VERBOSE_HTTP = `*   Trying 66.241.124.19:80...
* Connected to your-app.fly.dev (66.241.124.19) port 80
> GET / HTTP/1.1
> Host: your-app.fly.dev
> User-Agent: curl/8.7.1
> Accept: */*
> 
* Request completely sent off
< HTTP/1.1 301 Moved Permanently
< location: https://your-app.fly.dev/
< server: Fly/6f7e5b3c (2025-11-20)
< content-length: 0
< 
* Connection #0 to host your-app.fly.dev left intact
`;

/** `curl -IL http://your-app.fly.dev`: the redirect, then the page. */
export const REDIRECT_CHAIN = `HTTP/1.1 301 Moved Permanently
location: https://your-app.fly.dev/
content-length: 0

${PHOENIX_HEADERS}`;

/** A Java client's stack trace, pasted by mistake. */
export const JAVA_STACK_TRACE = `Exception in thread "main" java.net.ConnectException: Connection refused
	at java.base/sun.nio.ch.Net.connect0(Native Method)
	at java.base/sun.nio.ch.Net.connect(Net.java:579)
	at com.example.deploy.Check.main(Check.java:42)
`;

/** The app's home page, pasted by mistake (e.g. curl without -I). */
export const HTML_PAGE = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Dialectic</title>
  </head>
  <body><main>Welcome</main></body>
</html>
`;

/** The checklist's loop as written: bodies only. Phoenix renders the CSRF 403 as "Forbidden". */
export const LOOP_BODIES = Array.from({ length: 10 }, (_, i) => `ForbiddenRequest ${i + 1}`).join(
	'\n'
);

/** The checklist's loop with curl -i, session cookie and CSRF token: 302 ×5, then 429 ×5. */
export const LOOP_WITH_I = Array.from({ length: 10 }, (_, i) =>
	i < 5
		? `HTTP/2 302 \r\nlocation: /users/log_in\r\ncontent-type: text/html; charset=utf-8\r\n\r\n<html><body>You are being <a href="/users/log_in">redirected</a>.</body></html>Request ${i + 1}`
		: `HTTP/2 429 \r\nretry-after: 60\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"error":"Too many requests, please try again later."}Request ${i + 1}`
).join('\r\n');
