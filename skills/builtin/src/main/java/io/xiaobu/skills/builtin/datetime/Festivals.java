package io.xiaobu.skills.builtin.datetime;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Computes the date of a festival in a given year, lunar ones through the lunar calendar. */
final class Festivals {

    private static final Map<String, int[]> LUNAR = Map.of("春节", new int[]{1, 1}, "元宵节", new int[]{1, 15},
            "端午节", new int[]{5, 5}, "七夕", new int[]{7, 7}, "中秋节", new int[]{8, 15}, "重阳节", new int[]{9, 9},
            "腊八节", new int[]{12, 8});
    private static final Map<String, int[]> SOLAR = Map.of("元旦", new int[]{1, 1}, "情人节", new int[]{2, 14},
            "妇女节", new int[]{3, 8}, "劳动节", new int[]{5, 1}, "儿童节", new int[]{6, 1}, "国庆节", new int[]{10, 1},
            "圣诞节", new int[]{12, 25});

    private Festivals() {
    }

    /** The festival's date in the Gregorian year {@code year}. */
    static Optional<LocalDate> in(String festival, int year) {
        if (SOLAR.containsKey(festival)) return Optional.of(LocalDate.of(year, SOLAR.get(festival)[0], SOLAR.get(festival)[1]));
        if (LUNAR.containsKey(festival)) {
            int[] md = LUNAR.get(festival);
            // 腊八 of Gregorian year Y falls in lunar year Y-1 when it is in January
            for (int ly : new int[]{year, year - 1}) {
                LocalDate d = toLocal(Lunar.fromYmd(ly, md[0], md[1]).getSolar());
                if (d.getYear() == year) return Optional.of(d);
            }
        }
        if ("除夕".equals(festival)) return in("春节", year + 1).map(d -> d.minusDays(1)).filter(d -> d.getYear() == year).or(() -> in("春节", year).map(d -> d.minusDays(1)));
        if ("清明节".equals(festival)) {
            Solar s = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable().get("清明");
            return Optional.ofNullable(s).map(Festivals::toLocal);
        }
        return Optional.empty();
    }

    /** The next date of the festival on or after {@code today}. */
    static Optional<LocalDate> next(String festival, LocalDate today) {
        Optional<LocalDate> d = in(festival, today.getYear());
        if (d.isPresent() && !d.get().isBefore(today)) return d;
        return in(festival, today.getYear() + 1);
    }

    static LocalDate toLocal(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }
}
