package io.xiaobu.time.parse;

/** The pieces of one spoken time point, as the grammar found them; {@link TimeResolver} turns them into a value. */
final class TimeSpec {
    static final int UNSET = Integer.MIN_VALUE;

    int year = UNSET;
    int yearOffset = UNSET;
    int month = UNSET;
    int monthOffset = UNSET;
    int day = UNSET;
    int dayOffset = UNSET;
    int weekOffset = UNSET;
    int weekday = UNSET;
    boolean weekend;
    Holidays.Holiday holiday;
    int lunarMonth = UNSET;
    int lunarDay = UNSET;
    boolean lunarNewYearsEve;
    DayPart part;
    int hour = UNSET;
    int minute = UNSET;
    int second = UNSET;
    /** True when the hour cannot be a 12-hour reading (15:30, 0点, 十五点, 08:00). */
    boolean hour24;
    boolean now;
    /** -1 for the start (月初, 年初), +1 for the end (月底, 年底) of the said or current month/year. */
    int monthEdge;
    int yearEdge;
    /** "明天这个时候": the reference's time of day on the said date. */
    boolean sameTimeOfDay;

    boolean hasDate() {
        return year != UNSET || yearOffset != UNSET || month != UNSET || monthOffset != UNSET || day != UNSET
                || dayOffset != UNSET || weekOffset != UNSET || weekday != UNSET || weekend || holiday != null
                || lunarMonth != UNSET || lunarNewYearsEve || monthEdge != 0 || yearEdge != 0;
    }

    boolean isEmpty() {
        return !hasDate() && part == null && hour == UNSET && !now;
    }

    /** Fills what a range's second point left unsaid ("明天下午三点到五点") from the first point. */
    void inheritFrom(TimeSpec first) {
        if (!hasDate()) {
            year = first.year;
            yearOffset = first.yearOffset;
            month = first.month;
            monthOffset = first.monthOffset;
            day = first.day;
            dayOffset = first.dayOffset;
            weekOffset = first.weekOffset;
            weekday = first.weekday;
            holiday = first.holiday;
            lunarMonth = first.lunarMonth;
            lunarDay = first.lunarDay;
            lunarNewYearsEve = first.lunarNewYearsEve;
        } else if (year == UNSET && yearOffset == UNSET && (month != UNSET || day != UNSET)) {
            year = first.year;
            yearOffset = first.yearOffset;
            if (month == UNSET && monthOffset == UNSET) {
                month = first.month;
                monthOffset = first.monthOffset;
            }
        }
        if (part == null && hour != UNSET && first.hour != UNSET) {
            part = first.part;
        }
    }
}
