package io.xiaobu.time;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The precision a time or duration was said with ("明天" is a day, "三点" an hour, "三点半" a minute). */
public enum Grain {
    SECOND(ChronoUnit.SECONDS), MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS),
    WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS), YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Grain(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit unit() {
        return unit;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The finer of two grains. */
    public static Grain finer(Grain a, Grain b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
