package io.xiaobu.skills.builtin.news;

import com.fasterxml.jackson.databind.JsonNode;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.builtin.live.LiveReplies;
import io.xiaobu.skills.builtin.live.LiveResult;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Headlines from the live-data provider ({@code news} service).
 *
 * @param maxHeadlines how many headlines are read out
 */
public final class NewsSkill extends IntentRouter {

    private final LiveDataProvider provider;
    private final int maxHeadlines;

    public NewsSkill(LiveDataProvider provider, int maxHeadlines) {
        this.provider = provider;
        this.maxHeadlines = maxHeadlines;
        on("news.play", this::play);
    }

    private SkillResponse play(SkillRequest r) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String s : List.of("category", "keyword", "city", "date")) if (r.has(s)) q.put(s, r.value(s));
        LiveResult result = provider.fetch("news", q);
        if (result.status() != LiveResult.Status.OK) return LiveReplies.unavailable(result, "新闻", "暂时没有相关新闻。");
        List<String> titles = new ArrayList<>();
        for (JsonNode item : result.data().path("items")) {
            if (item.hasNonNull("title")) titles.add(item.get("title").asText());
            if (titles.size() >= maxHeadlines) break;
        }
        if (titles.isEmpty()) return SkillResponse.builder().say("暂时没有相关新闻。").build();
        String about = r.has("keyword") ? "关于" + r.value("keyword") + "的" : r.has("category") ? r.value("category") : "";
        return SkillResponse.builder().tts("为你播报" + about + "新闻：" + String.join("。", titles) + "。")
                .text(String.join("\n", titles)).brief(titles.getFirst()).build();
    }
}
