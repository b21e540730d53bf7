package io.xiaobu.time.parse;

import io.xiaobu.time.Dimension;
import io.xiaobu.time.MentionValue.RecurrenceValue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Repeating times as RFC 5545 RRULEs: 每天早上七点 (FREQ=DAILY;BYHOUR=7;BYMINUTE=0), 工作日 (WEEKLY, MO–FR),
 * 每周一三五 (BYDAY=MO,WE,FR), 每月十五号, 每年三月八号, 每隔两天, 每两个小时, 每半小时.
 * A bare hour without a part of the day follows the same afternoon rule as a dated time.
 */
final class RecurrenceParser {

    private static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final String[] WEEK_WORDS = {"个星期", "个礼拜", "星期", "礼拜", "周"};
    private static final int MAX_SEARCH_DAYS = 800;

    private final int afternoonUpToHour;

    RecurrenceParser(int afternoonUpToHour) {
        this.afternoonUpToHour = afternoonUpToHour;
    }

    void scan(char[] s, int pos, ZonedDateTime ref, List<Candidate> out) {
        int q = pos;
        String freq = null;
        int interval = 1;
        int weekdays = 0;
        int monthDay = -1;
        int month = -1;
        TimeSpec t = new TimeSpec();
        if (Chars.at(s, q, "每")) {
            q++;
            if (Chars.at(s, q, "隔")) {
                q++;
            }
            NumeralRun n = NumeralRun.intAt(s, q, 1000);
            if (n != null && n.intValue() >= 1 && !(n.length() == 1 && n.intValue() == 1 && Chars.at(s, n.end(), "天"))) {
                interval = n.intValue();
                q = n.end();
            } else if (n != null && n.intValue() == 1) {
                q = n.end();
            }
            if (Chars.at(s, q, "个") && !Chars.at(s, q, "个星期") && !Chars.at(s, q, "个礼拜") && !Chars.at(s, q, "个月")) {
                q++;
            }
            if (Chars.at(s, q, "半小时") || Chars.at(s, q, "半个小时")) {
                freq = "MINUTELY";
                interval = 30;
                q += Chars.at(s, q, "半小时") ? 3 : 4;
            } else if (Chars.at(s, q, "工作日")) {
                freq = "WEEKLY";
                weekdays = 0b0011111;
                q += 3;
            } else if (Chars.at(s, q, "天") || Chars.at(s, q, "日")) {
                freq = "DAILY";
                q++;
            } else if (Chars.at(s, q, "晚") || Chars.at(s, q, "早")) {
                freq = "DAILY";
                int e = ClockGrammar.part(s, q, t);
                if (e == q) {
                    t.part = s[q] == '晚' ? DayPart.EVENING : DayPart.MORNING;
                    e = q + 1;
                }
                q = e;
            } else if (Chars.firstAt(s, q, WEEK_WORDS) != null) {
                freq = "WEEKLY";
                q += Chars.firstAt(s, q, WEEK_WORDS).length();
                if (Chars.at(s, q, "末")) {
                    weekdays = 0b1100000;
                    q++;
                } else {
                    while (q < s.length && TimeGrammar.weekday(s[q]) > 0) {
                        weekdays |= 1 << (TimeGrammar.weekday(s[q]) - 1);
                        q++;
                        if (q + 1 < s.length && "、,，和及".indexOf(s[q]) >= 0) {
                            String w = Chars.firstAt(s, q + 1, WEEK_WORDS);
                            int next = q + 1 + (w == null ? 0 : w.length());
                            if (next < s.length && TimeGrammar.weekday(s[next]) > 0) {
                                q = next;
                                continue;
                            }
                        }
                        if (Chars.firstAt(s, q, WEEK_WORDS) != null && q + 1 < s.length) {
                            String w = Chars.firstAt(s, q, WEEK_WORDS);
                            if (q + w.length() < s.length && TimeGrammar.weekday(s[q + w.length()]) > 0) {
                                q += w.length();
                            }
                        }
                    }
                }
            } else if (Chars.at(s, q, "个月") || Chars.at(s, q, "月")) {
                freq = "MONTHLY";
                q += Chars.at(s, q, "个月") ? 2 : 1;
                q = skipDe(s, q);
                NumeralRun d = NumeralRun.intAt(s, q, 31);
                if (d != null && d.end() < s.length && (s[d.end()] == '号' || s[d.end()] == '日')) {
                    monthDay = d.intValue();
                    q = d.end() + 1;
                }
            } else if (Chars.at(s, q, "年")) {
                freq = "YEARLY";
                q = skipDe(s, q + 1);
                NumeralRun m = NumeralRun.intAt(s, q, 12);
                if (m != null && m.end() < s.length && s[m.end()] == '月') {
                    NumeralRun d = NumeralRun.intAt(s, m.end() + 1, 31);
                    if (d != null && d.end() < s.length && (s[d.end()] == '号' || s[d.end()] == '日')) {
                        month = m.intValue();
                        monthDay = d.intValue();
                        q = d.end() + 1;
                    }
                }
            } else if (Chars.at(s, q, "小时") || Chars.at(s, q, "钟头")) {
                freq = "HOURLY";
                q += 2;
            } else if (Chars.at(s, q, "分钟")) {
                freq = "MINUTELY";
                q += 2;
            }
        } else if (Chars.at(s, q, "工作日")) {
            freq = "WEEKLY";
            weekdays = 0b0011111;
            q += 3;
        }
        if (freq == null) {
            return;
        }
        q = ClockGrammar.clock(s, ClockGrammar.part(s, q, t), t);
        int hour = -1;
        int minute = t.minute == TimeSpec.UNSET ? 0 : t.minute;
        if (t.hour != TimeSpec.UNSET) {
            if (t.part != null) {
                hour = t.part.toHour24(t.hour) % 24;
            } else if (t.hour24) {
                hour = t.hour % 24;
            } else {
                hour = t.hour >= 1 && t.hour <= afternoonUpToHour ? t.hour + 12 : t.hour % 24;
            }
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq);
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (weekdays != 0) {
            rule.append(";BYDAY=");
            for (int d = 0; d < 7; d++) {
                if ((weekdays & (1 << d)) != 0) {
                    rule.append(DAY_CODES[d]).append(',');
                }
            }
            rule.setLength(rule.length() - 1);
        }
        if (month > 0) {
            rule.append(";BYMONTH=").append(month);
        }
        if (monthDay > 0) {
            rule.append(";BYMONTHDAY=").append(monthDay);
        }
        if (hour >= 0) {
            rule.append(";BYHOUR=").append(hour).append(";BYMINUTE=").append(minute);
        }
        ZonedDateTime next = next(freq, interval, weekdays, month, monthDay, hour, minute, t.part, ref);
        out.add(new Candidate(Dimension.RECURRENCE, pos, q, new RecurrenceValue(rule.toString(), next)));
    }

    /** 每年的十月一号: skips 的 when a numeral follows. */
    private static int skipDe(char[] s, int q) {
        return Chars.at(s, q, "的") && q + 1 < s.length && ChineseNumerals.isNumeralChar(s[q + 1]) ? q + 1 : q;
    }

    /** First occurrence at or after {@code ref}; the interval is counted from the reference. */
    private static ZonedDateTime next(String freq, int interval, int weekdays, int month, int monthDay, int hour,
                                      int minute, DayPart part, ZonedDateTime ref) {
        if (freq.equals("HOURLY")) {
            return ref.truncatedTo(ChronoUnit.MINUTES).plusHours(interval);
        }
        if (freq.equals("MINUTELY")) {
            return ref.truncatedTo(ChronoUnit.MINUTES).plusMinutes(interval);
        }
        int h = hour >= 0 ? hour : part != null ? part.startHour % 24 : 0;
        int m = hour >= 0 ? minute : 0;
        LocalDate day = ref.toLocalDate();
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, day = day.plusDays(1)) {
            boolean matches = switch (freq) {
                case "WEEKLY" -> weekdays == 0 || (weekdays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0;
                case "MONTHLY" -> monthDay < 0 ? day.getDayOfMonth() == 1 || i == 0 : day.getDayOfMonth() == monthDay;
                case "YEARLY" -> month < 0 || (day.getMonthValue() == month && day.getDayOfMonth() == monthDay);
                default -> true;
            };
            if (!matches) {
                continue;
            }
            ZonedDateTime at = ZonedDateTime.of(LocalDateTime.of(day, java.time.LocalTime.of(h, m)), ref.getZone());
            if (hour < 0 && part == null ? !day.isBefore(ref.toLocalDate()) : !at.isBefore(ref)) {
                return at;
            }
        }
        return null;
    }
}
