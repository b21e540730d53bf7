package io.xiaobu.skills.sdk;

import java.util.List;

/** A contact from the device's address book, sent with the turn's device context. */
public record Contact(String name, List<String> phones) {
    public Contact {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
