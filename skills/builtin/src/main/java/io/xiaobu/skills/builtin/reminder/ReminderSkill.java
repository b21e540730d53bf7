package io.xiaobu.skills.builtin.reminder;

import com.fasterxml.jackson.core.type.TypeReference;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Recurrence;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.TimedEntry;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.store.UserDataStore;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Reminders persisted per user in the {@code reminders} collection. */
public final class ReminderSkill extends IntentRouter {

    static final String COLLECTION = "reminders";
    private static final TypeReference<List<TimedEntry>> TYPE = new TypeReference<>() { };
    private final UserDataStore store;
    private final int maxListed;

    /** @param maxListed how many reminders are read out at most */
    public ReminderSkill(UserDataStore store, int maxListed) {
        this.store = store;
        this.maxListed = maxListed;
        on("reminder.create", this::create);
        on("reminder.list", this::list);
        on("reminder.cancel", this::cancel);
        on("reminder.cancel_all", this::cancelAll);
    }

    private List<TimedEntry> upcoming(SkillRequest r) throws IOException {
        return store.read(r.userId(), COLLECTION, TYPE, List.of()).stream()
                .filter(e -> e.repeat() != null || OffsetDateTime.parse(e.at()).toInstant().isAfter(r.now().toInstant()))
                .sorted(Comparator.comparing(e -> OffsetDateTime.parse(e.at()).toInstant())).toList();
    }

    private SkillResponse create(SkillRequest r) throws IOException {
        if (Recurrence.isRule(r.value("datetime"))) return createRepeating(r, r.value("datetime"));
        ZonedDateTime at = Values.dateTime(r.value("datetime"), r.now()).orElse(null);
        if (at == null) return SkillResponse.builder().askFor("datetime", "没听清时间，什么时候提醒你?").build();
        String saidWhen = r.slot("datetime").map(v -> v.raw()).orElse("");
        if (!CLOCK.matcher(saidWhen).find() && at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            // "明天要交报告": a later day said without a time of day is reminded in its morning, not at midnight; today is asked
            if (!at.toLocalDate().isAfter(r.now().toLocalDate())) return SkillResponse.builder().askFor("datetime", "今天几点提醒你?").build();
            at = at.with(DAY_DEFAULT);
        }
        if (!at.isAfter(r.now())) return SkillResponse.builder().askFor("datetime", "这个时间已经过去了，换个时间吧?").build();
        String content = r.value("content").strip();
        TimedEntry e = new TimedEntry(UUID.randomUUID().toString(), at.toOffsetDateTime().toString(), content);
        List<TimedEntry> all = new ArrayList<>(upcoming(r));
        all.add(e);
        store.write(r.userId(), COLLECTION, all);
        String when = Speech.dateTime(at, r.now());
        return SkillResponse.builder()
                .say(Phrases.pick(r, "create", "好的，" + when + "提醒你" + content + "。", "记下了，" + when + "会提醒你" + content + "。"))
                .brief(when + "提醒")
                .directive(Directive.of("reminder.set").with("id", e.id()).with("at", e.at()).with("content", content))
                .build();
    }

    /** When a reminder for a later day said without a time of day goes off. */
    static final java.time.LocalTime DAY_DEFAULT = java.time.LocalTime.of(9, 0);

    /** Words that name a time of day; a day said without one is reminded at {@link #DAY_DEFAULT}. */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("[点时分:：]|早|晚|上午|中午|下午|凌晨|半夜|夜里|傍晚|后");

    /** "每周一早上九点提醒我开例会": the entry keeps the rule and stands at its next time. */
    private SkillResponse createRepeating(SkillRequest r, String rule) throws IOException {
        ZonedDateTime next = Recurrence.next(rule, r.now()).orElse(null);
        if (next == null) return SkillResponse.builder().askFor("datetime", "这个重复时间我还不会设，换个说法试试?").build();
        String content = r.value("content").strip();
        TimedEntry e = new TimedEntry(UUID.randomUUID().toString(), next.toOffsetDateTime().toString(), content, rule);
        List<TimedEntry> all = new ArrayList<>(upcoming(r));
        all.add(e);
        store.write(r.userId(), COLLECTION, all);
        String when = Recurrence.spoken(rule) + Speech.time(next.toLocalTime());
        return SkillResponse.builder().say(Phrases.pick(r, "create", "好的，" + when + "提醒你" + content + "。", "记下了，" + when + "会提醒你" + content + "。"))
                .brief(when + "提醒")
                .directive(Directive.of("reminder.set").with("id", e.id()).with("at", e.at()).with("rrule", rule).with("content", content))
                .build();
    }

    private SkillResponse list(SkillRequest r) throws IOException {
        List<TimedEntry> all = upcoming(r);
        if (r.has("datetime")) {
            var day = Values.date(r.value("datetime"), r.now()).orElse(null);
            if (day != null) all = all.stream().filter(e -> OffsetDateTime.parse(e.at()).atZoneSameInstant(r.zone()).toLocalDate().equals(day)).toList();
        }
        if (all.isEmpty()) return SkillResponse.builder().say(Phrases.pick(r, "none", "没有待提醒的事项。", "目前没有提醒哦。")).build();
        List<String> items = all.stream().limit(maxListed)
                .map(e -> (e.repeat() != null
                        ? Recurrence.spoken(e.repeat()) + Speech.time(OffsetDateTime.parse(e.at()).atZoneSameInstant(r.zone()).toLocalTime())
                        : Speech.dateTime(OffsetDateTime.parse(e.at()).atZoneSameInstant(r.zone()), r.now())) + e.title()).toList();
        String more = all.size() > maxListed ? "，还有" + (all.size() - maxListed) + "条" : "";
        return SkillResponse.builder().tts("你有" + all.size() + "条提醒：" + String.join("；", items) + more + "。")
                .text(String.join("\n", items)).brief(all.size() + "条提醒").build();
    }

    private SkillResponse cancel(SkillRequest r) throws IOException {
        String words = r.value("content");
        List<TimedEntry> hits = upcoming(r).stream().filter(e -> e.matches(words)).toList();
        if (hits.isEmpty()) return SkillResponse.builder().say("没有找到关于" + words + "的提醒。").build();
        List<String> ids = hits.stream().map(TimedEntry::id).toList();
        store.update(r.userId(), COLLECTION, TYPE, List.of(), l -> l.stream().filter(e -> !ids.contains(e.id())).toList());
        SkillResponse.Builder b = SkillResponse.builder().say("已取消" + hits.size() + "条关于" + words + "的提醒。");
        ids.forEach(id -> b.directive(Directive.of("reminder.cancel").with("id", id)));
        return b.build();
    }

    private SkillResponse cancelAll(SkillRequest r) throws IOException {
        int n = upcoming(r).size();
        store.write(r.userId(), COLLECTION, List.of());
        return SkillResponse.builder().say(n == 0 ? "本来就没有提醒哦。" : "已删除全部" + n + "条提醒。").directive(Directive.of("reminder.cancel_all")).build();
    }
}
