"""Running the portal: security headers, the anonymous page cache, the CDN purge, request ids
and structured logs, health and readiness checks."""
