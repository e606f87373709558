-- Prints one JSON line with requests/s and latency percentiles (microseconds) when wrk ends.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format(
    '{"requests": %d, "errors": %d, "rps": %.1f, "p50": %d, "p95": %d, "p99": %d}\n',
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.requests / seconds,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
