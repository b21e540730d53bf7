package io.xiaobu.skills.builtin.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/** Converts between units of one dimension (mass, length, area, volume, time, data, temperature). */
public final class UnitConverter {

    private record Unit(String dimension, BigDecimal factor) {
    }

    private static final MathContext MC = new MathContext(20);
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            u("千克", "mass", "1"), u("克", "mass", "0.001"), u("毫克", "mass", "0.000001"), u("吨", "mass", "1000"),
            u("斤", "mass", "0.5"), u("两", "mass", "0.05"), u("磅", "mass", "0.45359237"), u("盎司", "mass", "0.028349523125"),
            u("米", "length", "1"), u("千米", "length", "1000"), u("厘米", "length", "0.01"), u("毫米", "length", "0.001"),
            u("里", "length", "500"), u("尺", "length", "0.333333333333333333"), u("寸", "length", "0.0333333333333333333"),
            u("英寸", "length", "0.0254"), u("英尺", "length", "0.3048"), u("英里", "length", "1609.344"), u("海里", "length", "1852"),
            u("平方米", "area", "1"), u("亩", "area", "666.666666666666667"), u("公顷", "area", "10000"), u("平方千米", "area", "1000000"),
            u("升", "volume", "1"), u("毫升", "volume", "0.001"), u("加仑", "volume", "3.785411784"),
            u("秒", "time", "1"), u("分钟", "time", "60"), u("小时", "time", "3600"), u("天", "time", "86400"),
            u("字节", "data", "1"), u("KB", "data", "1024"), u("MB", "data", "1048576"), u("GB", "data", "1073741824"),
            u("摄氏度", "temperature", "1"), u("华氏度", "temperature", "1"), u("开尔文", "temperature", "1"));

    private static Map.Entry<String, Unit> u(String name, String dim, String factor) {
        return Map.entry(name, new Unit(dim, new BigDecimal(factor)));
    }

    private UnitConverter() {
    }

    public static boolean knows(String unit) {
        return UNITS.containsKey(unit);
    }

    /** Whether the two units measure the same thing. */
    public static boolean compatible(String from, String to) {
        return knows(from) && knows(to) && UNITS.get(from).dimension().equals(UNITS.get(to).dimension());
    }

    public static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (!compatible(from, to)) return Optional.empty();
        if ("temperature".equals(UNITS.get(from).dimension())) return Optional.of(temperature(value, from, to));
        return Optional.of(value.multiply(UNITS.get(from).factor(), MC).divide(UNITS.get(to).factor(), MC));
    }

    private static BigDecimal temperature(BigDecimal v, String from, String to) {
        BigDecimal c = switch (from) {
            case "华氏度" -> v.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5)).divide(BigDecimal.valueOf(9), MC);
            case "开尔文" -> v.subtract(new BigDecimal("273.15"));
            default -> v;
        };
        return switch (to) {
            case "华氏度" -> c.multiply(BigDecimal.valueOf(9)).divide(BigDecimal.valueOf(5), MC).add(BigDecimal.valueOf(32));
            case "开尔文" -> c.add(new BigDecimal("273.15"));
            default -> c;
        };
    }
}
