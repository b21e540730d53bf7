package io.xiaobu.skills.builtin.alarm;

import com.fasterxml.jackson.core.type.TypeReference;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;
import io.xiaobu.skills.sdk.runtime.DialogState;
import io.xiaobu.skills.sdk.store.UserDataStore;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Alarms persisted per user in the {@code alarms} collection; every change also sends a directive. */
public final class AlarmSkill extends IntentRouter {

    static final String COLLECTION = "alarms";
    private static final TypeReference<List<AlarmEntry>> TYPE = new TypeReference<>() { };
    private static final Map<String, String> REPEAT = Map.of("daily", "每天", "workdays", "工作日", "weekends", "周末", "once", "");

    private final UserDataStore store;
    private final int maxAlarms;

    /** @param maxAlarms how many alarms one user may keep */
    public AlarmSkill(UserDataStore store, int maxAlarms) {
        this.store = store;
        this.maxAlarms = maxAlarms;
        on("alarm.set", this::set);
        on("alarm.list", this::list);
        on("alarm.cancel", this::cancel);
        on("alarm.cancel_all", this::cancelAll);
        on("alarm.change", this::change);
    }

    public List<AlarmEntry> alarms(String userId) throws IOException {
        return store.read(userId, COLLECTION, TYPE, List.of());
    }

    private SkillResponse set(SkillRequest r) throws IOException {
        ZonedDateTime when = Values.dateTime(r.value("time"), r.now()).orElse(null);
        if (when == null) return SkillResponse.builder().askFor("time", "没听清时间，你想定几点的闹钟?").build();
        LocalTime time = when.toLocalTime().withSecond(0).withNano(0);
        String repeat = r.has("repeat") ? r.value("repeat") : "once";
        LocalDate date = Values.date(r.value("date"), r.now()).orElse(when.toLocalDate());
        if (r.has("date") && !date.atTime(time).atZone(r.zone()).isAfter(r.now())) {
            return SkillResponse.builder().askFor("time", "这个时间已经过去了，换个时间吧，几点呢?").build();
        }
        String dateValue = "once".equals(repeat) ? date.toString() : null;
        AlarmEntry entry = new AlarmEntry(UUID.randomUUID().toString(), time.toString(), dateValue, repeat, r.value("label"));
        List<AlarmEntry> existing = alarms(r.userId());
        if (existing.stream().anyMatch(a -> a.time().equals(entry.time()) && java.util.Objects.equals(a.date(), entry.date()) && a.repeat().equals(repeat))) {
            return SkillResponse.builder().say("你已经有一个" + describe(entry, r.now()) + "的闹钟了。").build();
        }
        if (existing.size() >= maxAlarms) return SkillResponse.builder().say("闹钟已经有" + maxAlarms + "个了，先删掉一些再定吧。").build();
        store.update(r.userId(), COLLECTION, TYPE, List.of(), list -> append(list, entry));
        String when2 = describe(entry, r.now());
        return SkillResponse.builder()
                .say(Phrases.pick(r, "set", "好的，已为你定好" + when2 + "的闹钟。", "没问题，" + when2 + "叫你。", "闹钟定好了，" + when2 + "。"))
                .brief("已定" + when2)
                .directive(Directive.of("alarm.set").with("id", entry.id()).with("time", entry.time()).with("date", entry.date())
                        .with("repeat", repeat).with("label", entry.label()))
                .endSession(false)
                .build();
    }

    private SkillResponse list(SkillRequest r) throws IOException {
        List<AlarmEntry> all = new ArrayList<>(alarms(r.userId()));
        if (all.isEmpty()) return SkillResponse.builder().say(Phrases.pick(r, "none", "你现在没有闹钟。", "还没有定任何闹钟哦。")).build();
        all.sort(Comparator.comparing(AlarmEntry::time));
        List<String> items = all.stream().map(a -> describe(a, r.now())).toList();
        String joined = String.join("、", items);
        return SkillResponse.builder().tts("你有" + all.size() + "个闹钟：" + joined + "。").text(String.join("\n", items))
                .brief(all.size() + "个闹钟").build();
    }

    private SkillResponse cancel(SkillRequest r) throws IOException {
        LocalTime time = Values.time(r.value("time")).or(() -> Values.dateTime(r.value("time"), r.now()).map(ZonedDateTime::toLocalTime)).orElse(null);
        LocalDate date = Values.date(r.value("date"), r.now()).orElse(null);
        if (time == null && date == null) return SkillResponse.builder().askFor("time", "要取消几点的闹钟?").build();
        List<AlarmEntry> matching;
        String what;
        if (time == null) {
            // 取消明天的闹钟: every one-off alarm of that day
            String day = date.toString();
            matching = alarms(r.userId()).stream().filter(a -> day.equals(a.date())).toList();
            what = Speech.date(date, r.now().toLocalDate());
        } else {
            matching = atTime(alarms(r.userId()), time, said(r, "time"));
            what = matching.isEmpty() ? Speech.time(time) : Speech.time(LocalTime.parse(matching.get(0).time()));
        }
        if (matching.isEmpty()) return SkillResponse.builder().say("没有找到" + what + "的闹钟。").build();
        Set<String> ids = matching.stream().map(AlarmEntry::id).collect(Collectors.toSet());
        store.update(r.userId(), COLLECTION, TYPE, List.of(), list -> list.stream().filter(a -> !ids.contains(a.id())).toList());
        SkillResponse.Builder b = SkillResponse.builder()
                .say(Phrases.pick(r, "cancel", "已取消" + what + "的闹钟。", "好的，" + what + "的闹钟删掉了。"));
        matching.forEach(a -> b.directive(Directive.of("alarm.cancel").with("id", a.id())));
        return b.build();
    }

    /** Words that fix the half of the day: with none of them, 七点 may mean 07:00 as well as 19:00. */
    private static final List<String> DAY_PARTS = List.of("早", "上午", "中午", "下午", "晚", "凌晨", "夜");

    /**
     * The alarms at {@code time}; when the user named the hour without the half of the day ("把七点的闹钟改到八点",
     * which the time library reads as the next 七点, 19:00 in the afternoon), an alarm at the other half's hour
     * (07:00) is the one meant when there is none at the first.
     */
    static List<AlarmEntry> atTime(List<AlarmEntry> alarms, LocalTime time, String said) {
        String key = time.withSecond(0).withNano(0).toString();
        List<AlarmEntry> exact = alarms.stream().filter(a -> a.time().equals(key)).toList();
        if (!exact.isEmpty() || DAY_PARTS.stream().anyMatch(said::contains)) return exact;
        String other = time.withSecond(0).withNano(0).plusHours(12).toString();
        return alarms.stream().filter(a -> a.time().equals(other)).toList();
    }

    private SkillResponse cancelAll(SkillRequest r) throws IOException {
        List<AlarmEntry> all = alarms(r.userId());
        if (all.isEmpty()) return SkillResponse.builder().say("你现在没有闹钟，不用删啦。").build();
        store.write(r.userId(), COLLECTION, List.of());
        return SkillResponse.builder().say("已删除全部" + all.size() + "个闹钟。").directive(Directive.of("alarm.cancel_all")).build();
    }

    private SkillResponse change(SkillRequest r) throws IOException {
        LocalTime from = Values.time(r.value("time")).orElse(null);
        LocalTime to = Values.time(r.value("new_time")).orElse(null);
        if (to == null && from != null && CHANGE_TO.matcher(r.utterance()).find()) {
            // "改成七点半" right after an alarm was set: the one time said is the new one, the alarm is the last one set
            to = from;
            from = lastSet(r).orElse(null);
            if (from == null) {
                List<AlarmEntry> all = alarms(r.userId());
                if (all.size() == 1) from = LocalTime.parse(all.getFirst().time());
            }
            if (from == null) return SkillResponse.builder().askFor("time", "要修改几点的闹钟?").build();
            return move(r, from, to, "", said(r, "time"));
        }
        if (from == null) return SkillResponse.builder().askFor("time", "要修改几点的闹钟?").build();
        if (to == null) return SkillResponse.builder().askFor("new_time", "改到几点呢?").build();
        return move(r, from, to, said(r, "time"), said(r, "new_time"));
    }

    /** The words the user said for a slot ("" when it is not there). */
    private static String said(SkillRequest r, String slot) {
        return r.slot(slot).map(SlotValue::raw).orElse("");
    }

    private static int minutesApart(LocalTime a, LocalTime b) {
        int d = Math.abs(a.toSecondOfDay() - b.toSecondOfDay()) / 60;
        return Math.min(d, 24 * 60 - d);
    }

    /** "改成/改到/换成/调到" before the time: the time said is where the alarm goes. */
    private static final Pattern CHANGE_TO = Pattern.compile("^(把它|那就)?(改成|改到|换成|调到|改为)");

    /** The time of the alarm this session set last, when the last thing done was setting one. */
    private static Optional<LocalTime> lastSet(SkillRequest r) {
        DialogState last = DialogState.from(r.session(), DialogState.LAST);
        if (last == null || !"alarm.set".equals(last.intent())) return Optional.empty();
        return last.slots().stream().filter(v -> v.name().equals("time")).findFirst().flatMap(v -> Values.time(v.normalized()));
    }

    /**
     * Moves the alarm at {@code from} (either half of the day when {@code fromSaid} names none) to {@code to}. A new
     * hour said without its half of the day (八点, 七点半) is the one nearer the alarm: 07:00 moved "到八点" goes to 08:00.
     */
    private SkillResponse move(SkillRequest r, LocalTime from, LocalTime to, String fromSaid, String toSaid) throws IOException {
        AlarmEntry old = atTime(alarms(r.userId()), from, fromSaid).stream().findFirst().orElse(null);
        if (old == null) return SkillResponse.builder().say("没有找到" + Speech.time(from) + "的闹钟。").build();
        from = LocalTime.parse(old.time());
        if (DAY_PARTS.stream().noneMatch(toSaid::contains) && minutesApart(from, to.plusHours(12)) < minutesApart(from, to)) {
            to = to.plusHours(12);
        }
        AlarmEntry moved = new AlarmEntry(old.id(), to.withSecond(0).withNano(0).toString(), old.date(), old.repeat(), old.label());
        store.update(r.userId(), COLLECTION, TYPE, List.of(), list -> list.stream().map(a -> a.id().equals(old.id()) ? moved : a).toList());
        return SkillResponse.builder().say("好的，已把" + Speech.time(from) + "的闹钟改到" + Speech.time(to) + "。")
                .directive(Directive.of("alarm.set").with("id", moved.id()).with("time", moved.time()).with("date", moved.date()).with("repeat", moved.repeat()))
                .build();
    }

    private static List<AlarmEntry> append(List<AlarmEntry> list, AlarmEntry e) {
        List<AlarmEntry> out = new ArrayList<>(list);
        out.add(e);
        return out;
    }

    static String describe(AlarmEntry a, ZonedDateTime now) {
        String t = Speech.time(LocalTime.parse(a.time()));
        if (a.date() != null) return Speech.date(LocalDate.parse(a.date()), now.toLocalDate()) + t;
        return REPEAT.getOrDefault(a.repeat(), "") + t;
    }
}
