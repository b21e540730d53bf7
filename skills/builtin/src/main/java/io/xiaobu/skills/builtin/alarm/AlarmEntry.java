package io.xiaobu.skills.builtin.alarm;

/**
 * A stored alarm.
 *
 * @param id     stable id, also sent in directives so the device can match it
 * @param time   {@code HH:mm}
 * @param date   {@code yyyy-MM-dd} for a one-off alarm, {@code null} when repeating
 * @param repeat {@code once, daily, workdays, weekends}
 * @param label  what it is for, or {@code null}
 */
public record AlarmEntry(String id, String time, String date, String repeat, String label) {
}
