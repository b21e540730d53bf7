package io.xiaobu.skills.builtin.smarthome;

import io.xiaobu.skills.builtin.common.Words;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

/** Smart-home requests become {@code home.control} directives for the user's home hub. */
public final class SmartHomeSkill extends IntentRouter {

    public SmartHomeSkill() {
        on("home.light", this::light);
        on("home.aircon", this::aircon);
        on("home.clean", this::clean);
        on("home.device", this::device);
    }

    private static String power(SkillRequest r) {
        if (r.has("state")) return r.value("state");
        return Words.any(r.utterance(), "关", "熄", "太亮") ? "off" : "on";
    }

    private SkillResponse light(SkillRequest r) {
        String where = r.has("room") ? r.value("room") + "的" : r.utterance().contains("所有") ? "所有" : "";
        String lamp = r.has("lamp") ? r.value("lamp") : "灯";
        String p = power(r);
        String said = (p.equals("on") ? "已打开" : "已关闭") + where + lamp;
        return SkillResponse.builder().say(Phrases.pick(r, "l", said + "。", "好的，" + said + "。")).brief(said)
                .directive(Directive.of("home.control").with("device", "light").with("room", r.value("room")).with("name", r.value("lamp")).with("power", p))
                .build();
    }

    private SkillResponse aircon(SkillRequest r) {
        Directive d = Directive.of("home.control").with("device", "aircon").with("room", r.value("room"))
                .with("temperature", r.value("temperature")).with("mode", r.value("mode")).with("fan", r.value("fan"))
                .with("time", r.value("time")).with("repeat", r.value("repeat"));
        String said;
        String u = r.utterance();
        boolean warmer = Words.any(u, "调高", "升高", "调大"), cooler = Words.any(u, "调低", "降低", "调小");
        if (r.has("temperature")) said = "空调已调到" + r.value("temperature") + "度";
        else if (!r.has("mode") && !r.has("fan") && (warmer || cooler) && u.contains("空调")) {
            // "空调温度调高一点": one degree, the hub knows the current setting
            d = d.with("temperatureChange", warmer ? 1 : -1);
            said = "空调温度已调" + (warmer ? "高" : "低") + "1度";
        }
        else if (r.has("mode")) said = "空调已切换到" + r.value("mode");
        else if (r.has("fan")) said = "空调风速已调为" + r.value("fan");
        else {
            String p = power(r);
            d = d.with("power", p);
            said = (p.equals("on") ? "已打开" : "已关闭") + (r.has("room") ? r.value("room") : "") + "空调";
        }
        if (r.has("time")) said = "好的，到时候帮你操作：" + said;
        return SkillResponse.builder().say(said + "。").brief(said).directive(d).build();
    }

    /** Words that close a curtain or switch an appliance off. */
    private static boolean off(String utterance) {
        return Words.any(utterance, "关", "拉上", "合上");
    }

    private SkillResponse device(SkillRequest r) {
        String appliance = r.value("appliance");
        String name = r.slot("appliance").map(v -> v.raw()).orElse("电器");
        boolean on = !off(r.utterance());
        String where = r.has("room") ? r.value("room") + "的" : "";
        String said = "curtain".equals(appliance) ? (on ? "已拉开" : "已拉上") + where + name
                : (on ? "已打开" : "已关闭") + where + name;
        return SkillResponse.builder().say(Phrases.pick(r, "d", said + "。", "好的，" + said + "。")).brief(said)
                .directive(Directive.of("home.control").with("device", appliance).with("room", r.value("room")).with("power", on ? "on" : "off"))
                .build();
    }

    private SkillResponse clean(SkillRequest r) {
        boolean stop = Words.any(r.utterance(), "充电", "停止", "暂停");
        String said = stop ? "扫地机器人回去充电了" : "扫地机器人开始打扫" + (r.has("room") ? r.value("room") : "全屋");
        return SkillResponse.builder().say(said + "。").directive(Directive.of("home.control").with("device", "cleaner")
                .with("room", r.value("room")).with("action", stop ? "dock" : "clean")).build();
    }
}
