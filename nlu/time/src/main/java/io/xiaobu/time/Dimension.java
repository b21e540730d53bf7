package io.xiaobu.time;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of value the normaliser finds; {@link #jsonName()} is the lower-case name used on the wire. */
public enum Dimension {
    TIME, DURATION, NUMBER, ORDINAL, TEMPERATURE, DISTANCE, VOLUME, MONEY, PERCENTAGE, RECURRENCE;

    /** Every dimension: the default when a caller does not restrict them. */
    public static final Set<Dimension> ALL = Set.copyOf(EnumSet.allOf(Dimension.class));

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name such as {@code "time"}; empty when unknown. */
    public static Optional<Dimension> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Dimension d : values()) {
            if (d.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
