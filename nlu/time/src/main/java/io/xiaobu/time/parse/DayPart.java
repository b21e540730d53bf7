package io.xiaobu.time.parse;

/**
 * Parts of the day, their spoken forms, the interval they stand for when no clock time is given, and how
 * they turn a 12-hour clock reading into a 24-hour one.
 */
public enum DayPart {
    DAWN(0, 6, new String[] {"凌晨"}),
    MORNING(6, 9, new String[] {"早上", "早晨", "清晨", "一早", "大早", "早"}),
    FORENOON(8, 12, new String[] {"上午", "上半天"}),
    NOON(11, 14, new String[] {"中午", "正午", "晌午"}),
    AFTERNOON(12, 18, new String[] {"下午", "午后", "下半天"}),
    DUSK(17, 19, new String[] {"傍晚", "黄昏"}),
    EVENING(18, 24, new String[] {"晚上", "晚间", "夜里", "夜间", "夜晚", "晚", "夜"}),
    MIDNIGHT(23, 27, new String[] {"半夜", "深夜", "午夜"});

    /** Interval start and end hours (end may pass 24: it continues on the next day). */
    final int startHour;
    final int endHour;
    final String[] words;

    DayPart(int startHour, int endHour, String[] words) {
        this.startHour = startHour;
        this.endHour = endHour;
        this.words = words;
    }

    /** The 24-hour hour (may be 24+ meaning the next day) for a spoken hour in this part of the day. */
    int toHour24(int h) {
        if (h > 12) {
            return h;
        }
        return switch (this) {
            case DAWN -> h == 12 ? 0 : h;
            case MORNING, FORENOON -> h;
            case NOON -> h <= 4 ? h + 12 : h;
            case AFTERNOON, DUSK -> h == 12 ? 12 : h + 12;
            case EVENING -> h == 12 ? 24 : (h <= 4 ? h + 24 : h + 12);
            case MIDNIGHT -> h == 12 ? 24 : (h <= 6 ? h + 24 : h + 12);
        };
    }

    /** Longest-first list of (word, part) for scanning. */
    static final String[] WORDS;
    static final DayPart[] PARTS;

    static {
        java.util.List<String> w = new java.util.ArrayList<>();
        java.util.List<DayPart> p = new java.util.ArrayList<>();
        for (int len = 3; len >= 1; len--) {
            for (DayPart d : values()) {
                for (String s : d.words) {
                    if (s.length() == len) {
                        w.add(s);
                        p.add(d);
                    }
                }
            }
        }
        WORDS = w.toArray(String[]::new);
        PARTS = p.toArray(DayPart[]::new);
    }
}
