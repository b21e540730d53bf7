package io.xiaobu.skills.builtin.weather;

import io.xiaobu.skills.builtin.common.Words;
import com.fasterxml.jackson.databind.JsonNode;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.builtin.live.LiveReplies;
import io.xiaobu.skills.builtin.live.LiveResult;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Weather from the live-data provider ({@code weather} service); says plainly when it is not connected. */
public final class WeatherSkill extends IntentRouter {

    private final LiveDataProvider provider;
    private final String defaultCity;

    /** @param defaultCity city used when the user names none and the device sent none */
    public WeatherSkill(LiveDataProvider provider, String defaultCity) {
        this.provider = provider;
        this.defaultCity = defaultCity;
        on("weather.query", this::query);
    }

    private SkillResponse query(SkillRequest r) {
        LocalDate date = Values.date(r.value("date"), r.now()).orElse(r.now().toLocalDate());
        String city = r.has("city") ? r.value("city") : r.device().settings().getOrDefault("city", defaultCity);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("city", city);
        q.put("date", date.toString());
        LiveResult result = provider.fetch("weather", q);
        if (result.status() != LiveResult.Status.OK) return LiveReplies.unavailable(result, "天气", "没有查到" + city + "的天气。");
        JsonNode d = result.data();
        String condition = LiveReplies.text(d, "condition");
        String low = LiveReplies.text(d, "tempLow"), high = LiveReplies.text(d, "tempHigh");
        if (condition == null || low == null || high == null) return SkillResponse.failure("抱歉，天气数据不完整，暂时没法播报。", "weather data lacks condition/tempLow/tempHigh");
        String when = Speech.date(date, r.now().toLocalDate());
        String place = d.path("city").asText(city);
        String wind = LiveReplies.text(d, "wind");
        String main = place + when + condition + "，" + low + "到" + high + "度" + (wind == null ? "" : "，" + wind);
        String advice = "";
        if (Words.any(r.utterance(), "雨", "伞")) advice = condition.contains("雨") ? "，记得带伞" : "，不用带伞";
        return SkillResponse.builder()
                .say(Phrases.pick(r, "w", main + advice + "。", "为你查到：" + main + advice + "。"))
                .brief(condition + " " + low + "~" + high + "°").build();
    }
}
