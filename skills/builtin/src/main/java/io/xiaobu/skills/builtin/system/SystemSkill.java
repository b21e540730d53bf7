package io.xiaobu.skills.builtin.system;

import io.xiaobu.skills.builtin.common.Words;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Device settings. Every directive is checked against the device's capabilities first: a setting
 * the device does not have is answered plainly instead of sent.
 *
 * @param step how many percentage points "调大一点" moves a level
 */
public final class SystemSkill extends IntentRouter {

    /** Spoken names of settings. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("wifi", "WLAN"), Map.entry("bluetooth", "蓝牙"), Map.entry("dnd", "勿扰模式"),
            Map.entry("flashlight", "手电筒"), Map.entry("hotspot", "个人热点"), Map.entry("airplane_mode", "飞行模式"),
            Map.entry("mobile_data", "移动数据"), Map.entry("nfc", "NFC"), Map.entry("location", "定位服务"),
            Map.entry("dark_mode", "深色模式"), Map.entry("eye_comfort", "护眼模式"), Map.entry("power_saving", "省电模式"),
            Map.entry("mute", "静音"), Map.entry("auto_rotate", "自动旋转"), Map.entry("volume", "音量"),
            Map.entry("brightness", "亮度"), Map.entry("screenshot", "截屏"));

    private final int step;

    public SystemSkill(int step) {
        this.step = step;
        on("system.toggle", this::toggle);
        on("system.adjust", this::adjust);
        on("system.screenshot", this::screenshot);
    }

    public SystemSkill() {
        this(10);
    }

    private SkillResponse toggle(SkillRequest r) {
        String setting = r.value("setting");
        String name = NAMES.getOrDefault(setting, setting);
        if (!NAMES.containsKey(setting)) return SkillResponse.builder().unsupported("这个设置我还不会调哦。").build();
        if (!r.device().can(setting)) return cannot(r, name);
        boolean on = r.has("state") ? "on".equals(r.value("state")) : !Words.any(r.utterance(), "关", "停用", "退出", "取消", "解除");
        String said = (on ? "已为你打开" : "已为你关闭") + name;
        return SkillResponse.builder()
                .say(Phrases.pick(r, "toggle", said + "。", "好的，" + said + "。", "没问题，" + name + (on ? "已打开。" : "已关闭。")))
                .brief(name + (on ? "已打开" : "已关闭"))
                .directive(Directive.of("device.setting").with("setting", setting).with("value", on ? "on" : "off"))
                .build();
    }

    private SkillResponse adjust(SkillRequest r) {
        String setting = r.value("setting");
        if (!"volume".equals(setting) && !"brightness".equals(setting)) return SkillResponse.builder().unsupported("这个设置我还不会调哦。").build();
        String name = NAMES.get(setting);
        if (!r.device().can(setting)) return cannot(r, name);
        String direction = r.value("direction");
        if (direction == null) {
            // "音量调到最大" names no direction slot: the words decide (the extremes first, 最小 also holds 小)
            String u = r.utterance();
            direction = Words.any(u, "最大", "最高", "最亮") ? "max" : Words.any(u, "最小", "最低", "最暗") ? "min"
                    : Words.any(u, "小", "低", "暗", "太大", "太亮") ? "down" : "up";
        }
        Integer known = Values.number(r.device().settings().get(setting)).map(BigDecimal::intValue).orElse(null);
        Integer target = Values.number(r.value("value")).map(BigDecimal::intValue).orElse(null);
        if (target == null && known == null && ("up".equals(direction) || "down".equals(direction))) {
            // the device did not say where the level is: one step from wherever it is, and no number made up
            boolean up = "up".equals(direction);
            String said = name + ("brightness".equals(setting) ? (up ? "调亮了一些" : "调暗了一些") : (up ? "调大了一些" : "调小了一些"));
            return SkillResponse.builder()
                    .say(Phrases.pick(r, "step", "好的，" + said + "。", said + "。"))
                    .brief(said)
                    .directive(Directive.of("device.setting").with("setting", setting).with("delta", up ? step : -step))
                    .build();
        }
        int current = known == null ? 50 : known;
        if (target == null) {
            target = switch (direction) {
                case "max" -> 100;
                case "min" -> 0;
                case "down" -> current - step;
                default -> current + step;
            };
        }
        target = Math.max(0, Math.min(100, target));
        String said = name + "已调到" + target + "%";
        return SkillResponse.builder()
                .say(Phrases.pick(r, "adjust", "好的，" + said + "。", said + "。", "已经帮你把" + name + "调到" + target + "%了。"))
                .brief(said)
                .directive(Directive.of("device.setting").with("setting", setting).with("value", target))
                .build();
    }

    private SkillResponse screenshot(SkillRequest r) {
        if (!r.device().can("screenshot")) return cannot(r, "截屏");
        return SkillResponse.builder().tts(Phrases.pick(r, "shot", "好的，已截屏。", "截好了。", "咔嚓，截图已保存。"))
                .text("截图已保存到相册").brief("已截屏").directive(Directive.of("device.screenshot")).build();
    }

    private static SkillResponse cannot(SkillRequest r, String name) {
        return SkillResponse.builder().unsupported(Phrases.pick(r, "cannot", "这台设备不支持" + name + "哦。", "抱歉，当前设备没有" + name + "功能。")).build();
    }
}
