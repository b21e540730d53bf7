package io.xiaobu.skills.sdk.runtime;

import io.xiaobu.skills.sdk.ResponseInterceptor;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

/** Fits a response to the device: the brief form on a watch, no screen text on a speaker. */
public final class DeviceAdapter implements ResponseInterceptor {

    @Override
    public SkillResponse intercept(SkillRequest request, SkillResponse response) {
        String type = request.device().type();
        SkillResponse.Builder b = response.toBuilder();
        if ("watch".equals(type) && response.brief() != null) {
            b.text(response.brief()).tts(response.brief());
        }
        if (!request.device().hasScreen()) b.text(null);
        return b.build();
    }
}
