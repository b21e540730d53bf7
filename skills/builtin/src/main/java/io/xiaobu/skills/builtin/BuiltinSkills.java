package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.alarm.AlarmSkill;
import io.xiaobu.skills.builtin.app.AppSkill;
import io.xiaobu.skills.builtin.calculator.CalculatorSkill;
import io.xiaobu.skills.builtin.calendar.CalendarSkill;
import io.xiaobu.skills.builtin.common.Models;
import io.xiaobu.skills.builtin.datetime.DateTimeSkill;
import io.xiaobu.skills.builtin.media.MediaSkill;
import io.xiaobu.skills.builtin.navigation.NavigationSkill;
import io.xiaobu.skills.builtin.news.NewsSkill;
import io.xiaobu.skills.builtin.phone.PhoneSkill;
import io.xiaobu.skills.builtin.reminder.ReminderSkill;
import io.xiaobu.skills.builtin.smarthome.SmartHomeSkill;
import io.xiaobu.skills.builtin.stock.StockSkill;
import io.xiaobu.skills.builtin.system.SystemSkill;
import io.xiaobu.skills.builtin.timer.TimerSkill;
import io.xiaobu.skills.builtin.translation.TranslationSkill;
import io.xiaobu.skills.builtin.travel.TravelSkill;
import io.xiaobu.skills.builtin.weather.WeatherSkill;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillHandler;
import io.xiaobu.skills.sdk.SkillProvider;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in catalog: every skill id with its handler, in one list. Also a {@link SkillProvider}
 * for {@link java.util.ServiceLoader} (no-arg constructor: default services).
 */
public final class BuiltinSkills implements SkillProvider {

    /** Every built-in skill id; each has {@code /skills/<id>.yaml}. */
    public static final List<String> IDS = List.of("system", "alarm", "timer", "reminder", "calendar", "calculator",
            "datetime", "app", "media", "phone", "navigation", "weather", "stock", "news", "travel", "translation", "smarthome");

    private final BuiltinServices services;

    public BuiltinSkills(BuiltinServices services) {
        this.services = services;
    }

    public BuiltinSkills() {
        this(BuiltinServices.defaults(BuiltinServices.defaultDataDir()));
    }

    @Override
    public List<Skill> skills() {
        List<Skill> out = new ArrayList<>();
        for (String id : IDS) out.add(new Skill(Models.load(id), handler(id)));
        return out;
    }

    /** A runtime with every built-in skill registered. */
    public SkillRuntime runtime() {
        SkillRuntime runtime = new SkillRuntime();
        skills().forEach(runtime::register);
        return runtime;
    }

    private SkillHandler handler(String id) {
        BuiltinServices s = services;
        return switch (id) {
            case "system" -> new SystemSkill(10);
            case "alarm" -> new AlarmSkill(s.store(), 30);
            case "timer" -> new TimerSkill(s.store(), Duration.ofHours(24));
            case "reminder" -> new ReminderSkill(s.store(), 5);
            case "calendar" -> new CalendarSkill(s.store(), 5);
            case "calculator" -> new CalculatorSkill(4);
            case "datetime" -> new DateTimeSkill();
            case "app" -> new AppSkill(s.apps());
            case "media" -> new MediaSkill();
            case "phone" -> new PhoneSkill();
            case "navigation" -> new NavigationSkill();
            case "weather" -> new WeatherSkill(s.liveData(), s.defaultCity());
            case "stock" -> new StockSkill(s.liveData());
            case "news" -> new NewsSkill(s.liveData(), 3);
            case "travel" -> new TravelSkill(s.liveData(), s.defaultCity(), 3);
            case "translation" -> new TranslationSkill(s.liveData());
            case "smarthome" -> new SmartHomeSkill();
            default -> throw new IllegalArgumentException("unknown built-in skill " + id);
        };
    }
}
