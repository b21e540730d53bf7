package io.xiaobu.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xiaobu.time.MentionValue.DurationValue;
import io.xiaobu.time.MentionValue.NumberValue;
import io.xiaobu.time.MentionValue.QuantityValue;
import io.xiaobu.time.MentionValue.RecurrenceValue;
import io.xiaobu.time.MentionValue.TimeValue;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The wire form of mentions: {@code {dimension, text, start, end, value, ...}} where a time has {@code value}
 * (ISO-8601 with offset) and {@code grain}, or {@code from}/{@code to} and {@code grain}; a number, ordinal
 * or percentage value is a JSON number; a quantity adds {@code unit}; a duration value is ISO-8601
 * ({@code PT30M}) with {@code grain} and {@code seconds}; a recurrence value is an RRULE with {@code next}.
 */
public final class MentionJson {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private MentionJson() {
    }

    /** {@code {"input": ..., "mentions": [...]}}. */
    public static ObjectNode line(ObjectMapper mapper, String input, List<Mention> mentions) {
        ObjectNode o = mapper.createObjectNode();
        o.put("input", input);
        ArrayNode a = o.putArray("mentions");
        for (Mention m : mentions) {
            a.add(toJson(mapper, m));
        }
        return o;
    }

    public static ObjectNode toJson(ObjectMapper mapper, Mention m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("dimension", m.dimension().jsonName());
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        switch (m.value()) {
            case TimeValue t -> {
                if (t.isInterval()) {
                    o.put("from", iso(t.from()));
                    o.put("to", iso(t.to()));
                } else {
                    o.put("value", iso(t.instant()));
                }
                o.put("grain", t.grain().jsonName());
                if (t.ambiguous()) {
                    o.put("ambiguous", true);
                    ArrayNode alts = o.putArray("alternatives");
                    t.alternatives().forEach(z -> alts.add(iso(z)));
                }
            }
            case DurationValue d -> {
                o.put("value", d.iso());
                o.put("grain", d.grain().jsonName());
                o.put("seconds", d.approximateSeconds());
            }
            case NumberValue n -> o.put("value", plain(n.value()));
            case QuantityValue q -> {
                o.put("value", plain(q.value()));
                o.put("unit", q.unit());
            }
            case RecurrenceValue r -> {
                o.put("value", r.rrule());
                if (r.next() != null) {
                    o.put("next", iso(r.next()));
                }
            }
        }
        return o;
    }

    /** A plain-notation copy (no 1E+3 on the wire). */
    static java.math.BigDecimal plain(java.math.BigDecimal v) {
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String iso(ZonedDateTime z) {
        return ISO.format(z);
    }
}
