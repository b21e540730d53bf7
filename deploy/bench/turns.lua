-- wrk script: POSTs /v1/turns with utterances from a TSV file (category \t utterance), each request
-- with a unique requestId (a retried id would be answered from the retry cache and measure nothing).
-- Usage: wrk -s deploy/bench/turns.lua ... -- <tsv file> [category]
local utterances = {}
local prefix = ""
local counter = 0

function init(args)
  local file, category = args[1], args[2]
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = string.format("%x%x", os.time(), math.random(1, 2^30))
  for line in io.lines(file) do
    local cat, text = line:match("^([^#\t][^\t]*)\t(.+)$")
    if cat and (category == nil or category == cat) then utterances[#utterances + 1] = text end
  end
  if #utterances == 0 then error("no utterances for category " .. tostring(category)) end
end

function request()
  counter = counter + 1
  local text = utterances[(counter % #utterances) + 1]
  local body = '{"requestId":"' .. prefix .. '-' .. counter .. '","userId":"bench-' .. (counter % 500) ..
      '","deviceId":"bench","device":{"type":"phone","locale":"zh-CN","capabilities":["screen","wifi","bluetooth","flashlight","volume","brightness"]},' ..
      '"asr":{"text":"' .. text .. '","confidence":0.9}}'
  return wrk.format("POST", "/v1/turns", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  io.write(string.format("turns: %d in %.1f s = %.0f turns/s; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
