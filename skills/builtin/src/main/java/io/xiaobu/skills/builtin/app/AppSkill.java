package io.xiaobu.skills.builtin.app;

import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Opens, closes and downloads apps (names resolved to packages) and opens websites. */
public final class AppSkill extends IntentRouter {

    private static final Map<String, String> SITES = Map.of("百度", "https://www.baidu.com", "淘宝", "https://www.taobao.com",
            "京东", "https://www.jd.com", "新浪", "https://www.sina.com.cn", "知乎", "https://www.zhihu.com",
            "哔哩哔哩", "https://www.bilibili.com", "12306", "https://www.12306.cn", "网易", "https://www.163.com",
            "微博", "https://weibo.com", "优酷", "https://www.youku.com");

    private final AppResolver apps;

    public AppSkill(AppResolver apps) {
        this.apps = apps;
        on("app.launch", this::launch);
        on("app.close", this::close);
        on("app.download", this::download);
        on("app.uninstall", this::uninstall);
        on("website.open", this::website);
    }

    private AppRef resolve(SkillRequest r) {
        SlotValue s = r.slot("app").orElse(null);
        if (s == null) return null;
        return apps.resolve(s.normalized(), s.entityId()).or(() -> apps.resolve(s.raw(), s.entityId())).orElse(null);
    }

    private SkillResponse launch(SkillRequest r) {
        AppRef app = resolve(r);
        String said = r.slot("app").map(SlotValue::raw).orElse("");
        if (app == null) {
            return SkillResponse.builder().say("没有找到" + said + "这个应用，要去应用商店搜索一下吗?")
                    .directive(Directive.of("app.search").with("query", said)).build();
        }
        return SkillResponse.builder()
                .say(Phrases.pick(r, "open", "正在打开" + app.name() + "。", "好的，打开" + app.name() + "。", app.name() + "来啦。"))
                .brief("打开" + app.name())
                .directive(Directive.of("app.open").with("package", app.packageName()).with("name", app.name()).with("entityId", app.entityId()))
                .build();
    }

    private SkillResponse close(SkillRequest r) {
        if (!r.has("app")) {
            return SkillResponse.builder().say("好的，已退出当前应用。").directive(Directive.of("app.close").with("target", "foreground")).build();
        }
        AppRef app = resolve(r);
        if (app == null) return SkillResponse.builder().say("没有找到" + r.slot("app").get().raw() + "这个应用。").build();
        return SkillResponse.builder().say(Phrases.pick(r, "close", "已关闭" + app.name() + "。", "好的，" + app.name() + "关掉了。"))
                .directive(Directive.of("app.close").with("package", app.packageName()).with("name", app.name())).build();
    }

    private SkillResponse download(SkillRequest r) {
        AppRef app = resolve(r);
        String said = r.slot("app").map(SlotValue::raw).orElse("");
        Directive d = app == null ? Directive.of("app.search").with("query", said)
                : Directive.of("app.install").with("package", app.packageName()).with("name", app.name());
        return SkillResponse.builder().say("好的，在应用商店为你找" + (app == null ? said : app.name()) + "。").directive(d).build();
    }

    /** Asked to confirm first (the model's confirmation); the phone's own uninstall dialog has the last word. */
    private SkillResponse uninstall(SkillRequest r) {
        AppRef app = resolve(r);
        String said = r.slot("app").map(SlotValue::raw).orElse("");
        if (app == null) return SkillResponse.builder().say("手机上没有找到" + said + "这个应用。").build();
        return SkillResponse.builder().say("好的，正在卸载" + app.name() + "，请在手机上确认。")
                .directive(Directive.of("app.uninstall").with("package", app.packageName()).with("name", app.name())).build();
    }

    private SkillResponse website(SkillRequest r) {
        String site = r.value("site").replaceAll("(网站|官网|网页|主页|网)$", "");
        String url = SITES.get(site);
        if (url == null && site.length() <= 253 && site.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) url = "https://" + site;
        if (url == null) {
            return SkillResponse.builder().say("为你搜索" + site + "。")
                    .directive(Directive.of("browser.search").with("query", site)
                            .with("url", "https://www.baidu.com/s?wd=" + URLEncoder.encode(site, StandardCharsets.UTF_8))).build();
        }
        return SkillResponse.builder().say("正在打开" + site + "。").directive(Directive.of("browser.open").with("url", url)).build();
    }
}
