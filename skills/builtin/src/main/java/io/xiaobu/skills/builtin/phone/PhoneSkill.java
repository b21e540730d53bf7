package io.xiaobu.skills.builtin.phone;

import io.xiaobu.skills.builtin.common.Words;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.sdk.Contact;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.util.List;

/**
 * Calls, messages, contacts and e-mail. Contacts come from the device context of the turn
 * ({@link io.xiaobu.skills.sdk.Device#contacts()}); numbers are never invented.
 */
public final class PhoneSkill extends IntentRouter {

    public PhoneSkill() {
        on("phone.call", this::call);
        on("message.send", this::send);
        on("message.view", this::view);
        on("contacts.query", this::query);
        on("contacts.create", this::create);
        on("email.compose", this::email);
    }

    /** Contacts whose name equals, else contains, what the user said. */
    static List<Contact> find(SkillRequest r, String name) {
        if (name == null || name.isBlank()) return List.of();
        List<Contact> exact = r.device().contacts().stream().filter(c -> c.name().equals(name)).toList();
        if (!exact.isEmpty()) return exact;
        return r.device().contacts().stream().filter(c -> c.name().contains(name) || name.contains(c.name())).toList();
    }

    private SkillResponse call(SkillRequest r) {
        if (!r.device().can("phone.call")) return SkillResponse.builder().unsupported("这台设备不能打电话哦。").build();
        if (r.has("number") && !r.has("contact")) {
            String n = r.value("number").replaceAll("[^0-9+]", "");
            return SkillResponse.builder().say("正在呼叫" + n + "。").directive(Directive.of("phone.call").with("number", n)).build();
        }
        if (!r.has("contact")) return SkillResponse.builder().askFor("contact", "要打给谁?").build();
        String name = r.value("contact");
        List<Contact> hits = find(r, name);
        if (hits.isEmpty()) return SkillResponse.builder().say("通讯录里没有找到" + name + "。").build();
        if (hits.size() > 1) {
            return SkillResponse.builder().askFor("contact", "找到" + hits.size() + "位联系人：" + String.join("、", hits.stream().map(Contact::name).toList()) + "，打给哪一位?").build();
        }
        Contact c = hits.getFirst();
        if (c.phones().isEmpty()) return SkillResponse.builder().say(c.name() + "没有存电话号码。").build();
        if ("video".equals(r.value("kind"))) {
            return SkillResponse.builder().say(Phrases.pick(r, "video", "正在和" + c.name() + "发起视频通话。", "好的，和" + c.name() + "视频。"))
                    .directive(Directive.of("phone.call").with("name", c.name()).with("number", c.phones().getFirst()).with("video", true)).build();
        }
        return SkillResponse.builder().say(Phrases.pick(r, "call", "正在呼叫" + c.name() + "。", "好的，打给" + c.name() + "。"))
                .directive(Directive.of("phone.call").with("name", c.name()).with("number", c.phones().getFirst()).with("sim", r.value("sim"))).build();
    }

    private SkillResponse send(SkillRequest r) {
        String via = r.value("via");
        if ("wechat".equals(via) || "qq".equals(via)) return sendWith(r, via);
        if (!r.device().can("sms")) return SkillResponse.builder().unsupported("这台设备不能发短信哦。").build();
        List<Contact> hits = find(r, r.value("contact"));
        if (hits.isEmpty()) return SkillResponse.builder().say("通讯录里没有找到" + r.value("contact") + "。").build();
        Contact to = hits.getFirst();
        String content = r.value("content");
        if (r.has("shared")) {
            List<Contact> shared = find(r, r.value("shared"));
            if (shared.isEmpty() || shared.getFirst().phones().isEmpty()) return SkillResponse.builder().say("没有找到" + r.value("shared") + "的号码。").build();
            content = shared.getFirst().name() + "的电话是" + shared.getFirst().phones().getFirst();
        }
        if (to.phones().isEmpty()) return SkillResponse.builder().say(to.name() + "没有存电话号码。").build();
        return SkillResponse.builder().tts("好的，给" + to.name() + "发短信：" + content + "。").text("发给 " + to.name() + "：" + content)
                .directive(Directive.of("sms.send").with("name", to.name()).with("number", to.phones().getFirst()).with("content", content)).build();
    }

    /**
     * A message through a messenger app (给李四发微信说…): the app on the device finds its own friend by the name the
     * user said, so the address book is not asked.
     */
    private SkillResponse sendWith(SkillRequest r, String via) {
        String app = "wechat".equals(via) ? "微信" : "QQ";
        String to = r.value("contact"), content = r.value("content");
        return SkillResponse.builder().tts("好的，用" + app + "给" + to + "发消息：" + content + "。").text(app + "发给 " + to + "：" + content)
                .directive(Directive.of("im.send").with("app", via).with("name", to).with("content", content)).build();
    }

    private SkillResponse view(SkillRequest r) {
        return SkillResponse.builder().say("好的，打开短信。").directive(Directive.of("sms.open").with("from", r.value("contact"))).build();
    }

    private SkillResponse query(SkillRequest r) {
        if (!r.has("contact")) return SkillResponse.builder().say("打开通讯录。").directive(Directive.of("contacts.open")).build();
        List<Contact> hits = find(r, r.value("contact"));
        if (hits.isEmpty()) return SkillResponse.builder().say("通讯录里没有找到" + r.value("contact") + "。").build();
        Contact c = hits.getFirst();
        if (c.phones().isEmpty()) return SkillResponse.builder().say(c.name() + "没有存电话号码。").build();
        return SkillResponse.builder().say(c.name() + "的电话是" + String.join("、", c.phones()) + "。").brief(c.phones().getFirst())
                .directive(Directive.of("contacts.show").with("name", c.name())).build();
    }

    private SkillResponse create(SkillRequest r) {
        String number = r.value("number").replaceAll("[^0-9+]", "");
        if (number.length() < 3) return SkillResponse.builder().askFor("number", "号码没听清，再说一遍?").build();
        return SkillResponse.builder().say("好的，已新建联系人" + r.value("contact") + "，号码" + number + "。")
                .directive(Directive.of("contacts.create").with("name", r.value("contact")).with("number", number)).build();
    }

    private SkillResponse email(SkillRequest r) {
        String u = r.utterance();
        String action = u.contains("转发") ? "forward" : u.contains("全部回复") ? "reply_all" : Words.any(u, "回复", "答复") ? "reply"
                : Words.any(u, "打开", "查看", "看看") ? "open" : "compose";
        String said = switch (action) {
            case "forward" -> "好的，转发这封邮件。";
            case "reply", "reply_all" -> "好的，开始回复邮件。";
            case "open" -> "好的，打开邮箱。";
            default -> "好的，开始写邮件" + (r.has("contact") ? "给" + r.value("contact") : "") + "。";
        };
        return SkillResponse.builder().say(said).directive(Directive.of("email." + action).with("to", r.value("contact")).with("content", r.value("content"))).build();
    }
}
