package io.xiaobu.skills.builtin.travel;

import com.fasterxml.jackson.databind.JsonNode;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.builtin.live.LiveReplies;
import io.xiaobu.skills.builtin.live.LiveResult;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flights, trains and long-distance buses from the live-data provider ({@code flight}, {@code train}, {@code bus} services).
 *
 * @param maxListed how many departures are read out
 */
public final class TravelSkill extends IntentRouter {

    private final LiveDataProvider provider;
    private final String defaultCity;
    private final int maxListed;

    public TravelSkill(LiveDataProvider provider, String defaultCity, int maxListed) {
        this.provider = provider;
        this.defaultCity = defaultCity;
        this.maxListed = maxListed;
        on("flight.query", r -> query(r, "flight", "航班", "flightNo"));
        on("train.query", r -> query(r, "train", "火车车次", "trainNo"));
        on("bus.query", r -> query(r, "bus", "汽车班次", "busNo"));
    }

    private SkillResponse query(SkillRequest r, String service, String name, String numberField) {
        LocalDate date = Values.date(r.value("date"), r.now()).orElse(r.now().toLocalDate());
        String from = r.has("from") ? r.value("from") : r.device().settings().getOrDefault("city", defaultCity);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", from);
        q.put("to", r.value("to"));
        q.put("date", date.toString());
        LiveResult result = provider.fetch(service, q);
        String route = from + "到" + r.value("to");
        if (result.status() != LiveResult.Status.OK) return LiveReplies.unavailable(result, name + "查询", "没有查到" + route + "的" + name + "。");
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (JsonNode item : result.data().path("items")) {
            total++;
            if (lines.size() < maxListed && item.hasNonNull(numberField) && item.hasNonNull("departTime")) {
                lines.add(item.get(numberField).asText() + "，" + item.get("departTime").asText() + "出发"
                        + (item.hasNonNull("arriveTime") ? "，" + item.get("arriveTime").asText() + "到达" : ""));
            }
        }
        if (lines.isEmpty()) return SkillResponse.builder().say("没有查到" + route + "的" + name + "。").build();
        String when = Speech.date(date, r.now().toLocalDate());
        return SkillResponse.builder().tts(when + route + "共有" + total + "个" + name + "，比如" + String.join("；", lines) + "。")
                .text(String.join("\n", lines)).brief(total + "个" + name).build();
    }
}
