"""Running the portal: security headers, the anonymous page cache and its invalidation,
request ids and structured logs, health and readiness checks."""
