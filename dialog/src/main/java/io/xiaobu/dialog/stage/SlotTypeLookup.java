package io.xiaobu.dialog.stage;

import java.util.Optional;

/** Where skills' slot types come from: (skill, intent, slot name) → declared type such as {@code kg.Song}. */
@FunctionalInterface
public interface SlotTypeLookup {

    Optional<String> typeOf(String skill, String intent, String slot);

    /** A lookup that knows no slot's type. */
    static SlotTypeLookup none() {
        return (skill, intent, slot) -> Optional.empty();
    }
}
