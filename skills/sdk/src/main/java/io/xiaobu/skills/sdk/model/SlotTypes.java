package io.xiaobu.skills.sdk.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The slot types every model may use without declaring them, and an example normalised value for each. */
public final class SlotTypes {

    /** Built-in types with the normalised form the pipeline hands to handlers. */
    public static final Map<String, String> BUILTIN_EXAMPLES = Map.ofEntries(
            Map.entry("sys.datetime", "2026-11-22T07:00:00"),
            Map.entry("sys.date", "2026-11-22"),
            Map.entry("sys.time", "07:00"),
            Map.entry("sys.duration", "PT5M"),
            Map.entry("sys.number", "3"),
            Map.entry("sys.temperature", "26"),
            Map.entry("sys.percentage", "50"),
            Map.entry("sys.city", "北京"),
            Map.entry("sys.contact", "张三"),
            Map.entry("sys.phone", "13800138000"),
            Map.entry("sys.arithmetic", "三加五乘以二"),
            Map.entry("sys.any", "测试"));

    public static final Set<String> BUILTIN = BUILTIN_EXAMPLES.keySet();

    /** Knowledge-graph types: {@code kg.} followed by a capitalised label, e.g. {@code kg.Song}. */
    public static final Pattern KG = Pattern.compile("kg\\.[A-Z][A-Za-z]*");

    /** Example values for common graph labels; other labels fall back to a generic name. */
    private static final Map<String, String> KG_EXAMPLES = Map.of(
            "kg.Song", "稻香", "kg.Singer", "周杰伦", "kg.Film", "流浪地球", "kg.App", "微信",
            "kg.Poem", "静夜思", "kg.Place", "天安门", "kg.Poet", "李白", "kg.Novel", "三体",
            "kg.Stock", "贵州茅台", "kg.Radio", "中国之声");

    private SlotTypes() {
    }

    public static boolean isKnown(String type, List<CustomType> custom) {
        if (type == null) return false;
        if (BUILTIN.contains(type) || KG.matcher(type).matches()) return true;
        return custom.stream().anyMatch(t -> t.name().equals(type));
    }

    /** An example normalised value for a slot: its own examples first, then its type's. */
    public static String example(SlotModel slot, List<CustomType> custom) {
        if (!slot.examples().isEmpty()) return slot.examples().getFirst();
        String builtin = BUILTIN_EXAMPLES.get(slot.type());
        if (builtin != null) return builtin;
        if (slot.type().startsWith("kg.")) return KG_EXAMPLES.getOrDefault(slot.type(), "示例");
        return custom.stream().filter(t -> t.name().equals(slot.type()) && !t.values().isEmpty())
                .map(t -> t.values().getFirst().value()).findFirst().orElse("示例");
    }
}
