package io.xiaobu.skills.builtin.stock;

import com.fasterxml.jackson.databind.JsonNode;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.builtin.live.LiveReplies;
import io.xiaobu.skills.builtin.live.LiveResult;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.util.Map;

/** Stock quotes from the live-data provider ({@code stock} service). */
public final class StockSkill extends IntentRouter {

    private final LiveDataProvider provider;

    public StockSkill(LiveDataProvider provider) {
        this.provider = provider;
        on("stock.query", this::query);
    }

    private SkillResponse query(SkillRequest r) {
        String name = r.value("stock");
        LiveResult result = provider.fetch("stock", Map.of("name", name));
        if (result.status() != LiveResult.Status.OK) return LiveReplies.unavailable(result, "股票行情", "没有查到" + name + "的行情。");
        JsonNode d = result.data();
        String price = LiveReplies.text(d, "price"), pct = LiveReplies.text(d, "changePercent");
        if (price == null) return SkillResponse.failure("抱歉，行情数据不完整。", "stock data lacks price");
        String shown = d.path("name").asText(name) + (d.hasNonNull("code") ? "（" + d.get("code").asText() + "）" : "");
        String move = pct == null ? "" : pct.startsWith("-") ? "，跌" + pct.substring(1) + "%" : "，涨" + pct + "%";
        return SkillResponse.builder().say(shown + "最新价" + price + "元" + move + "。").brief(price + move).build();
    }
}
