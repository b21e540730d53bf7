package io.xiaobu.skills.builtin.translation;

import io.xiaobu.skills.builtin.common.Words;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.builtin.live.LiveReplies;
import io.xiaobu.skills.builtin.live.LiveResult;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.util.Map;

/** Translation through the live-data provider's {@code translate} service ({@code data.translation}). */
public final class TranslationSkill extends IntentRouter {

    private final LiveDataProvider provider;

    public TranslationSkill(LiveDataProvider provider) {
        this.provider = provider;
        on("translate", this::translate);
    }

    private SkillResponse translate(SkillRequest r) {
        String text = r.value("content");
        String target = r.has("target") ? r.value("target") : Words.hasHan(text) ? "en" : "zh";
        LiveResult result = provider.fetch("translate", Map.of("text", text, "target", target));
        if (result.status() != LiveResult.Status.OK) return LiveReplies.unavailable(result, "翻译", "这句话暂时翻译不了。");
        String translated = LiveReplies.text(result.data(), "translation");
        if (translated == null || translated.isBlank()) return SkillResponse.failure("抱歉，翻译结果是空的。", "translate data lacks translation");
        return SkillResponse.builder().tts(text + "翻译过来是：" + translated).text(translated).brief(translated).build();
    }
}
