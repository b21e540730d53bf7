package io.xiaobu.skills.sdk.runtime;

import io.xiaobu.skills.sdk.ResponseInterceptor;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

/**
 * Fits a response to the device: on a watch the skill's brief form, or else only the first
 * sentence of a long reply; on a device without a screen no screen text.
 *
 * @param watchMaxChars replies longer than this are cut to their first sentence on a watch
 */
public record DeviceAdapter(int watchMaxChars) implements ResponseInterceptor {

    public DeviceAdapter() {
        this(40);
    }

    @Override
    public SkillResponse intercept(SkillRequest request, SkillResponse response) {
        SkillResponse.Builder b = response.toBuilder();
        if ("watch".equals(request.device().type())) {
            if (response.brief() != null) b.text(response.brief()).tts(response.brief());
            else if (response.tts() != null && response.tts().length() > watchMaxChars) b.text(firstSentence(response.tts())).tts(firstSentence(response.tts()));
        }
        if (!request.device().hasScreen()) b.text(null);
        return b.build();
    }

    static String firstSentence(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?') && i >= 4) return s.substring(0, i + 1);
        }
        return s;
    }
}
