package io.xiaobu.skills.builtin.timer;

import com.fasterxml.jackson.core.type.TypeReference;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.store.UserDataStore;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Countdown timers persisted per user in the {@code timers} collection; finished ones are pruned. */
public final class TimerSkill extends IntentRouter {

    static final String COLLECTION = "timers";
    private static final TypeReference<List<TimerEntry>> TYPE = new TypeReference<>() { };
    private final UserDataStore store;
    private final Duration longest;

    /** @param longest the longest countdown accepted */
    public TimerSkill(UserDataStore store, Duration longest) {
        this.store = store;
        this.longest = longest;
        on("timer.start", this::start);
        on("timer.query", this::query);
        on("timer.cancel", this::cancel);
    }

    private List<TimerEntry> running(SkillRequest r) throws IOException {
        Instant now = r.now().toInstant();
        return store.read(r.userId(), COLLECTION, TYPE, List.of()).stream()
                .filter(t -> Instant.parse(t.endsAt()).isAfter(now)).sorted(Comparator.comparing(TimerEntry::endsAt)).toList();
    }

    private SkillResponse start(SkillRequest r) throws IOException {
        Duration d = Values.duration(r.value("duration")).orElse(null);
        if (d == null) return SkillResponse.builder().askFor("duration", "没听清，倒计时多久呢?").build();
        if (d.compareTo(longest) > 0) return SkillResponse.builder().say("倒计时最长只能设" + Speech.duration(longest) + "哦，要不试试闹钟?").build();
        TimerEntry t = new TimerEntry(UUID.randomUUID().toString(), r.value("label"), r.now().toInstant().plus(d).toString(), d.toSeconds());
        List<TimerEntry> keep = new ArrayList<>(running(r));
        keep.add(t);
        store.write(r.userId(), COLLECTION, keep);
        String len = Speech.duration(d);
        return SkillResponse.builder()
                .say(Phrases.pick(r, "start", "好的，" + len + "倒计时开始。", "开始计时，" + len + "后提醒你。", "没问题，" + len + "，开始！"))
                .brief(len + "倒计时")
                .directive(Directive.of("timer.start").with("id", t.id()).with("seconds", t.seconds()).with("label", t.label()))
                .build();
    }

    private SkillResponse query(SkillRequest r) throws IOException {
        List<TimerEntry> list = running(r);
        if (list.isEmpty()) return SkillResponse.builder().say("现在没有正在进行的倒计时。").build();
        Duration left = Duration.between(r.now().toInstant(), Instant.parse(list.getFirst().endsAt()));
        String more = list.size() > 1 ? "，另外还有" + (list.size() - 1) + "个倒计时" : "";
        return SkillResponse.builder().say("还剩" + Speech.duration(left) + more + "。").brief("剩" + Speech.duration(left)).build();
    }

    private SkillResponse cancel(SkillRequest r) throws IOException {
        List<TimerEntry> list = running(r);
        if (list.isEmpty()) return SkillResponse.builder().say("现在没有正在进行的倒计时。").build();
        store.write(r.userId(), COLLECTION, List.of());
        SkillResponse.Builder b = SkillResponse.builder().say(Phrases.pick(r, "cancel", "倒计时已取消。", "好的，计时停了。"));
        list.forEach(t -> b.directive(Directive.of("timer.cancel").with("id", t.id())));
        return b.build();
    }
}
