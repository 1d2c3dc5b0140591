-- bench/wrk.lua: cycles through the requests in $BENCH_REQUESTS, one a line: "GET <path>", or a
-- JSON body to POST to the URL's path. Counts answers that are not 200 or hold "errors", and prints
-- one RESULT line (throughput, latency percentiles in µs, bytes read with headers) for bench/run.sh to read.
local lines = {}
for line in io.lines(os.getenv("BENCH_REQUESTS")) do
  if #line > 0 then lines[#lines + 1] = line end
end
local path = nil
local i = 0
bad = 0

local threads = {}
function setup(thread)
  thread:set("offset", #threads * 7)
  threads[#threads + 1] = thread
end

function init(args)
  path = wrk.path
  i = offset or 0
end

function request()
  i = i % #lines + 1
  local line = lines[i]
  if string.sub(line, 1, 4) == "GET " then
    return wrk.format("GET", string.sub(line, 5))
  end
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, line)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  for _, t in ipairs(threads) do errors = errors + t:get("bad") end
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d errors=%d bytes=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), errors, summary.bytes))
end
