package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.app.BuiltinAppCatalog;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.Contact;
import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.store.FileUserDataStore;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared test devices and clock. */
final class Fixtures {

    /** Saturday 2026-11-21 09:00 in Shanghai. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    static final Set<String> PHONE_CAPS = Set.of("screen", "wifi", "bluetooth", "dnd", "flashlight", "hotspot", "airplane_mode",
            "mobile_data", "nfc", "location", "dark_mode", "eye_comfort", "power_saving", "mute", "auto_rotate", "volume",
            "brightness", "screenshot", "phone.call", "sms");

    static final List<Contact> CONTACTS = List.of(new Contact("张三", List.of("13800138000")), new Contact("李四", List.of("13900139000")),
            new Contact("王小露", List.of("13700137000")));

    static Device phone() {
        return new Device("phone", PHONE_CAPS, CONTACTS, Map.of("volume", "40", "brightness", "70"));
    }

    static Device speaker() {
        return new Device("speaker", Set.of("volume", "wifi", "bluetooth"), List.of(), Map.of("volume", "30"));
    }

    static Device watch() {
        return new Device("watch", Set.of("screen", "wifi", "bluetooth", "dnd", "volume", "brightness", "phone.call", "location"), CONTACTS, Map.of());
    }

    static BuiltinSkills skills(Path dir, LiveDataProvider live) {
        return new BuiltinSkills(new BuiltinServices(new FileUserDataStore(dir), new BuiltinAppCatalog(), live, "北京"));
    }

    private Fixtures() {
    }
}
