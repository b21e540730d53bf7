package io.xiaobu.skills.builtin.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.TimedEntry;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.store.UserDataStore;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Calendar events persisted per user in the {@code calendar} collection. */
public final class CalendarSkill extends IntentRouter {

    static final String COLLECTION = "calendar";
    private static final TypeReference<List<TimedEntry>> TYPE = new TypeReference<>() { };
    private final UserDataStore store;
    private final int maxListed;

    /** @param maxListed how many events are read out at most */
    public CalendarSkill(UserDataStore store, int maxListed) {
        this.store = store;
        this.maxListed = maxListed;
        on("calendar.create", this::create);
        on("calendar.query", this::query);
        on("calendar.change", this::change);
        on("calendar.cancel", this::cancel);
    }

    private List<TimedEntry> all(SkillRequest r) throws IOException {
        return store.read(r.userId(), COLLECTION, TYPE, List.of()).stream()
                .sorted(Comparator.comparing(e -> OffsetDateTime.parse(e.at()).toInstant())).toList();
    }

    private ZonedDateTime at(TimedEntry e, SkillRequest r) {
        return OffsetDateTime.parse(e.at()).atZoneSameInstant(r.zone());
    }

    private SkillResponse create(SkillRequest r) throws IOException {
        ZonedDateTime at = Values.dateTime(r.value("datetime"), r.now()).orElse(null);
        if (at == null) return SkillResponse.builder().askFor("datetime", "没听清时间，日程安排在什么时候?").build();
        String title = r.value("title").strip();
        TimedEntry e = new TimedEntry(UUID.randomUUID().toString(), at.toOffsetDateTime().toString(), title);
        store.update(r.userId(), COLLECTION, TYPE, List.of(), l -> { var c = new ArrayList<>(l); c.add(e); return c; });
        String when = Speech.dateTime(at, r.now());
        return SkillResponse.builder()
                .say(Phrases.pick(r, "create", "已添加日程：" + when + "，" + title + "。", "好的，" + when + "的" + title + "已经记到日历里了。"))
                .brief("已添加：" + title)
                .directive(Directive.of("calendar.create").with("id", e.id()).with("at", e.at()).with("title", title))
                .build();
    }

    private SkillResponse query(SkillRequest r) throws IOException {
        List<TimedEntry> events = all(r);
        String scope;
        if (r.has("title")) {
            events = events.stream().filter(e -> e.matches(r.value("title"))).toList();
            scope = "关于" + r.value("title") + "的";
        } else if (r.has("date")) {
            LocalDate day = Values.date(r.value("date"), r.now()).orElse(r.now().toLocalDate());
            events = events.stream().filter(e -> at(e, r).toLocalDate().equals(day)).toList();
            scope = Speech.date(day, r.now().toLocalDate());
        } else {
            events = events.stream().filter(e -> at(e, r).isAfter(r.now())).toList();
            scope = "接下来";
        }
        if (events.isEmpty()) return SkillResponse.builder().say(scope + "没有日程安排。").build();
        List<String> items = events.stream().limit(maxListed).map(e -> Speech.dateTime(at(e, r), r.now()) + "，" + e.title()).toList();
        return SkillResponse.builder().tts(scope + "有" + events.size() + "个日程：" + String.join("；", items) + "。")
                .text(String.join("\n", items)).brief(events.size() + "个日程").build();
    }

    private SkillResponse change(SkillRequest r) throws IOException {
        TimedEntry hit = all(r).stream().filter(e -> e.matches(r.value("title"))).findFirst().orElse(null);
        if (hit == null) return SkillResponse.builder().say("没有找到" + r.value("title") + "这个日程。").build();
        ZonedDateTime to = Values.dateTime(r.value("new_datetime"), r.now()).orElse(null);
        if (to == null) return SkillResponse.builder().askFor("new_datetime", "改到什么时候?").build();
        TimedEntry moved = new TimedEntry(hit.id(), to.toOffsetDateTime().toString(), hit.title());
        store.update(r.userId(), COLLECTION, TYPE, List.of(), l -> l.stream().map(e -> e.id().equals(hit.id()) ? moved : e).toList());
        return SkillResponse.builder().say("好的，" + hit.title() + "已改到" + Speech.dateTime(to, r.now()) + "。")
                .directive(Directive.of("calendar.update").with("id", hit.id()).with("at", moved.at())).build();
    }

    private SkillResponse cancel(SkillRequest r) throws IOException {
        List<TimedEntry> hits = all(r).stream().filter(e -> e.matches(r.value("title"))).toList();
        if (r.has("date")) {
            LocalDate day = Values.date(r.value("date"), r.now()).orElse(null);
            if (day != null) hits = hits.stream().filter(e -> at(e, r).toLocalDate().equals(day)).toList();
        }
        if (hits.isEmpty()) return SkillResponse.builder().say("没有找到" + r.value("title") + "这个日程。").build();
        List<String> ids = hits.stream().map(TimedEntry::id).toList();
        store.update(r.userId(), COLLECTION, TYPE, List.of(), l -> l.stream().filter(e -> !ids.contains(e.id())).toList());
        SkillResponse.Builder b = SkillResponse.builder().say("已取消日程：" + hits.getFirst().title() + (hits.size() > 1 ? "等" + hits.size() + "个" : "") + "。");
        ids.forEach(id -> b.directive(Directive.of("calendar.delete").with("id", id)));
        return b.build();
    }
}
