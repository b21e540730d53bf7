package io.xiaobu.skills.builtin.datetime;

import io.xiaobu.skills.builtin.common.Words;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.builtin.common.Speech;
import io.xiaobu.skills.builtin.common.Values;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Answers date, time, lunar, festival and almanac questions by computing them (lunar via cn.6tail:lunar). */
public final class DateTimeSkill extends IntentRouter {

    public DateTimeSkill() {
        on("time.query", this::time);
        on("date.query", this::date);
        on("lunar.query", this::lunar);
        on("festival.query", this::festival);
        on("almanac.query", this::almanac);
    }

    private static LocalDate day(SkillRequest r) {
        return Values.date(r.value("date"), r.now()).orElse(r.now().toLocalDate());
    }

    private SkillResponse time(SkillRequest r) {
        LocalTime t = r.now().toLocalTime();
        String hm = String.format("%02d:%02d", t.getHour(), t.getMinute());
        return SkillResponse.builder().tts(Phrases.pick(r, "t", "现在是" + Speech.time(t.withSecond(0)) + "。", "现在" + Speech.time(t.withSecond(0)) + "。"))
                .text(hm).brief(hm).build();
    }

    private SkillResponse date(SkillRequest r) {
        LocalDate d = day(r);
        LocalDate today = r.now().toLocalDate();
        if (r.utterance().contains("哪一年") && !r.has("date")) return SkillResponse.builder().say("今年是" + today.getYear() + "年。").build();
        String md = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        String rel = Speech.date(d, today);
        String head = rel.startsWith(String.valueOf(d.getMonthValue())) || rel.startsWith(String.valueOf(d.getYear())) ? "这天" : rel;
        return SkillResponse.builder().say(head + "是" + md + "，" + Speech.weekday(d) + "。").brief(d.getMonthValue() + "月" + d.getDayOfMonth() + "日 " + Speech.weekday(d)).build();
    }

    private SkillResponse lunar(SkillRequest r) {
        LocalDate d = day(r);
        Lunar l = Solar.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).getLunar();
        String lunarDay = "农历" + l.getMonthInChinese() + "月" + l.getDayInChinese();
        String year = l.getYearInGanZhi() + l.getYearShengXiao() + "年";
        if (Words.any(r.utterance(), "什么年", "生肖", "属什么", "干支")) return SkillResponse.builder().say("今年是" + year + "。").build();
        String rel = Speech.date(d, r.now().toLocalDate());
        List<String> festivals = l.getFestivals();
        String extra = festivals.isEmpty() ? "" : "，是" + String.join("、", festivals);
        return SkillResponse.builder().say(Phrases.pick(r, "l", rel + "是" + lunarDay + extra + "，" + year + "。", rel + "农历是" + l.getMonthInChinese() + "月" + l.getDayInChinese() + extra + "。"))
                .brief(lunarDay).build();
    }

    private SkillResponse festival(SkillRequest r) {
        String f = r.value("festival");
        LocalDate today = r.now().toLocalDate();
        int year = r.utterance().contains("明年") ? today.getYear() + 1 : 0;
        LocalDate d = (year > 0 ? Festivals.in(f, year) : Festivals.next(f, today)).orElse(null);
        if (d == null) return SkillResponse.builder().say("这个节日的日期我还算不出来。").build();
        long days = ChronoUnit.DAYS.between(today, d);
        String when = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日，" + Speech.weekday(d);
        String gap = days == 0 ? "就是今天" : days > 0 ? "还有" + days + "天" : "已经过去" + (-days) + "天了";
        return SkillResponse.builder().say(f + "是" + when + "，" + gap + "。").brief(f + " " + d.getMonthValue() + "/" + d.getDayOfMonth()).build();
    }

    private SkillResponse almanac(SkillRequest r) {
        LocalDate d = day(r);
        Lunar l = Solar.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).getLunar();
        List<String> yi = l.getDayYi(), ji = l.getDayJi();
        String rel = Speech.date(d, r.now().toLocalDate());
        String activity = r.value("activity");
        if (activity != null && !activity.isBlank()) {
            boolean good = yi.stream().anyMatch(a -> a.contains(activity) || activity.contains(a));
            boolean bad = ji.stream().anyMatch(a -> a.contains(activity) || activity.contains(a));
            String verdict = bad ? "黄历上" + rel + "忌" + activity : good ? "黄历上" + rel + "宜" + activity : "黄历上" + rel + "没有特别提到" + activity;
            return SkillResponse.builder().say(verdict + "。仅供参考哦。").build();
        }
        return SkillResponse.builder()
                .tts(rel + "农历" + l.getMonthInChinese() + "月" + l.getDayInChinese() + "，宜" + String.join("、", yi) + "；忌" + String.join("、", ji) + "。")
                .text("宜：" + String.join(" ", yi) + "\n忌：" + String.join(" ", ji)).brief("宜" + yi.getFirst()).build();
    }
}
