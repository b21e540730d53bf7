package com.example.horoscope;

import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillHandler;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The handler: computes a sign from a birthday, and answers date-range and element questions.
 * Remembers the user's sign in the session, so "我的星座是几月到几月" works after "我3月25日生的".
 */
public final class HoroscopeSkill implements SkillHandler {

    static final String SESSION_SIGN = "sign";

    @Override
    public SkillResponse handle(SkillRequest r) {
        return switch (r.intent()) {
            case "horoscope.sign_of" -> signOf(r);
            case "horoscope.dates" -> withSign(r, s -> s.chinese + "是" + s.range() + "出生的。");
            case "horoscope.element" -> withSign(r, s -> s.chinese + "是" + s.element + "星座，守护星是" + s.ruler + "。");
            default -> SkillResponse.failure("这个问题我还不会。", "unknown intent " + r.intent());
        };
    }

    private SkillResponse signOf(SkillRequest r) {
        LocalDate birthday;
        try {
            String v = r.value("birthday");
            birthday = LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException | NullPointerException e) {
            return SkillResponse.builder().askFor("birthday", "没听清日期，你的生日是几月几号?").build();
        }
        ZodiacSign s = ZodiacSign.of(birthday);
        String said = birthday.getMonthValue() + "月" + birthday.getDayOfMonth() + "日出生的是" + s.chinese;
        return SkillResponse.builder()
                .say(Phrases.pick(r, "sign", said + "。", "算好了，" + said + "。", said + "，" + s.element + "星座哦。"))
                .brief(s.chinese)
                .directive(Directive.of("card.show").with("template", "horoscope").with("sign", s.name().toLowerCase()))
                .session(SESSION_SIGN, s.name().toLowerCase())
                .build();
    }

    private SkillResponse withSign(SkillRequest r, java.util.function.Function<ZodiacSign, String> answer) {
        Optional<ZodiacSign> sign = ZodiacSign.fromValue(r.value("sign"));
        if (sign.isEmpty() && r.session().get(SESSION_SIGN) instanceof String remembered) sign = ZodiacSign.fromValue(remembered);
        if (sign.isEmpty()) return SkillResponse.builder().askFor("sign", "你想问哪个星座?").build();
        return SkillResponse.builder().say(answer.apply(sign.get())).build();
    }
}
