-- wrk script for scripts/soak.sh: a mix of every analytics operation (plain, filtered, grouped, paged), the license
-- insights, and a few client mistakes (400, 401, 404). Any status other than 200 and those is counted as unexpected
-- and fails the soak. (wrk runs many connections per Lua state, so answers cannot be matched to their requests one by
-- one; the share of each status is printed instead.) Argument: a customer id the stub knows.

local token = "Bearer soak-test-token"
local requests = {}

local function add(weight, path, status, headers)
  for _ = 1, weight do
    requests[#requests + 1] = { path = path, headers = headers or { ["Authorization"] = token } }
  end
end

function init(args)
  local customer = args[1] or "00000000-0000-0000-0000-000000000000"
  add(4, "/partner/v1/analytics/subscriptions?top=100", 200)
  add(3, "/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27%20and%20autoRenewEnabled%20eq%20true&top=50", 200)
  add(2, "/partner/v1/analytics/subscriptions?groupby=subscriptionType,status", 200)
  add(2, "/partner/v1/analytics/subscriptions?groupby=creationDate&aggregationLevel=month&top=24", 200)
  add(3, "/partner/v1/analytics/usage/azure?filter=meterCategory%20eq%20%27Virtual%20Machines%27&top=100", 200)
  add(2, "/partner/v1/analytics/usage/azure?groupby=usageDate&aggregationLevel=month&orderby=usageDate%20desc&top=12", 200)
  add(2, "/partner/v1/analytics/usage/azure?top=200&skip=1000", 200)
  add(2, "/partner/v1/analytics/indirectresellers?top=50", 200)
  add(2, "/partner/v1/analytics/search?groupby=searchDate&aggregationLevel=week&top=20", 200)
  add(2, "/partner/v1/analytics/referrals?filter=status%20eq%20%27Won%27&top=50", 200)
  add(1, "/partner/v1/analytics/commercial/deployment/license?top=100", 200)
  add(1, "/partner/v1/analytics/commercial/usage/license?top=100", 200)
  add(1, "/v1/analytics/licenses/deployment", 200)
  add(1, "/v1/analytics/licenses/usage", 200)
  add(1, "/v1/customers/" .. customer .. "/analytics/licenses/usage", 200)
  add(1, "/v1/customers/" .. customer .. "/analytics/licenses/deployment", 200)
  -- a few mistakes: each must get its 4xx, never anything else
  add(1, "/partner/v1/analytics/subscriptions?filter=colour%20eq%20%27red%27", 400)
  add(1, "/partner/v1/analytics/subscriptions?top=0", 400)
  add(1, "/partner/v1/analytics/subscriptions?top=5", 401, {})
  add(1, "/partner/v1/analytics/nothing-here", 404)
  counts = {}
  unexpected = 0
  index = 0
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function request()
  index = index % #requests + 1
  local r = requests[index]
  return wrk.format("GET", r.path, r.headers)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status ~= 200 and status ~= 400 and status ~= 401 and status ~= 404 then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local totals = {}
  local bad = 0
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do
      totals[status] = (totals[status] or 0) + n
    end
    bad = bad + thread:get("unexpected")
  end
  local statuses = {}
  for status in pairs(totals) do statuses[#statuses + 1] = status end
  table.sort(statuses)
  for _, status in ipairs(statuses) do
    io.write(string.format("SOAK status %d: %d\n", status, totals[status]))
  end
  io.write(string.format("SOAK unexpected statuses: %d\n", bad))
  io.write(string.format("SOAK latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
