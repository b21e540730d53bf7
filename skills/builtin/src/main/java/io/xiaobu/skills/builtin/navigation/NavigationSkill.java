package io.xiaobu.skills.builtin.navigation;

import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.util.Map;

/** Produces map directives; the device's map app computes routes from its own position. */
public final class NavigationSkill extends IntentRouter {

    private static final Map<String, String> MODES = Map.of("drive", "驾车", "walk", "步行", "ride", "骑行", "transit", "公交");

    public NavigationSkill() {
        on("nav.route", this::route);
        on("nav.locate", this::locate);
        on("nav.nearby", this::nearby);
        on("nav.control", this::control);
        on("nav.stop", r -> SkillResponse.builder().say("已退出导航。").directive(Directive.of("map.control").with("action", "stop")).build());
    }

    private static final Map<String, String> CONTROLS = Map.of("avoid_congestion", "好的，已为你避开拥堵。",
            "highway_first", "好的，优先走高速。", "avoid_highway", "好的，不走高速。", "avoid_toll", "好的，避开收费路段。",
            "eta", "正在为你查看剩余的路程和时间。");

    /** Controls of the navigation in progress; the map app applies them (and reads out the time left for eta). */
    private SkillResponse control(SkillRequest r) {
        String action = r.value("nav_action");
        return SkillResponse.builder().say(CONTROLS.getOrDefault(action, "好的。"))
                .directive(Directive.of("map.control").with("action", action)).build();
    }

    private SkillResponse route(SkillRequest r) {
        String mode = r.has("mode") ? r.value("mode") : guessMode(r.utterance());
        String dest = r.value("destination");
        Directive d = Directive.of("map.route").with("destination", dest).with("destinationEntityId", r.slot("destination").map(s -> s.entityId()).orElse(null))
                .with("origin", r.value("origin")).with("mode", mode);
        String via = MODES.getOrDefault(mode, "驾车");
        String to = "家".equals(dest) ? "回家" : "去" + dest; // 导航回家, not 去家
        return SkillResponse.builder()
                .say(Phrases.pick(r, "route", "开始" + via + "导航，" + to + "。", "好的，为你规划" + to + "的" + via + "路线。"))
                .brief("导航去" + dest).directive(d).build();
    }

    static String guessMode(String u) {
        if (u.contains("步行") || u.contains("走路")) return "walk";
        if (u.contains("骑")) return "ride";
        if (u.contains("公交") || u.contains("地铁")) return "transit";
        return "drive";
    }

    private SkillResponse locate(SkillRequest r) {
        if (!r.device().can("location")) return SkillResponse.builder().unsupported("这台设备没法定位哦。").build();
        Directive d = r.has("contact") ? Directive.of("map.share_location").with("to", r.value("contact")) : Directive.of("map.locate");
        return SkillResponse.builder().say(r.has("contact") ? "好的，把你的位置发给" + r.value("contact") + "。" : "好的，这是你现在的位置。").directive(d).build();
    }

    private SkillResponse nearby(SkillRequest r) {
        String poi = r.value("poi").replaceFirst("^(附近的|周边的|最近的)", "");
        return SkillResponse.builder().say("为你搜索附近的" + poi + "。").directive(Directive.of("map.search_nearby").with("query", poi)).build();
    }
}
