-- wrk script: POSTs one GraphQL query (from the GEOGRAPH_QUERY_FILE environment variable).
local f = assert(io.open(os.getenv("GEOGRAPH_QUERY_FILE"), "r"))
local query = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = query

local errors = 0
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("graphql-errors %d\n", errors))
end
