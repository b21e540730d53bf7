package io.xiaobu.skills.builtin;

import io.xiaobu.skills.builtin.app.AppResolver;
import io.xiaobu.skills.builtin.app.BuiltinAppCatalog;
import io.xiaobu.skills.builtin.live.HttpLiveDataProvider;
import io.xiaobu.skills.builtin.live.LiveDataConfig;
import io.xiaobu.skills.builtin.live.LiveDataProvider;
import io.xiaobu.skills.sdk.store.FileUserDataStore;
import io.xiaobu.skills.sdk.store.UserDataStore;

import java.nio.file.Path;

/**
 * What the built-in skills need from the outside, plus their tunables.
 *
 * @param store       per-user persistence (alarms, timers, reminders, calendar)
 * @param apps        app name → package resolver (the service plugs in the graph; fallback: built-in list)
 * @param liveData    weather/stock/news/flight/train provider (not connected unless configured)
 * @param defaultCity city for weather and travel when neither the user nor the device names one
 */
public record BuiltinServices(UserDataStore store, AppResolver apps, LiveDataProvider liveData, String defaultCity) {

    /**
     * Defaults: a file store under {@code dataDir}, the built-in app list, and the HTTP live-data
     * provider when {@link LiveDataConfig#fromEnvironment()} finds one (else "not connected").
     */
    public static BuiltinServices defaults(Path dataDir) {
        LiveDataProvider live = LiveDataConfig.fromEnvironment().<LiveDataProvider>map(HttpLiveDataProvider::new)
                .orElse(LiveDataProvider.notConnected());
        return new BuiltinServices(new FileUserDataStore(dataDir), new BuiltinAppCatalog(), live, "北京");
    }

    /** The directory used by {@link BuiltinSkills}' no-arg provider: {@code xiaobu.skills.data} or {@code data/skills}. */
    public static Path defaultDataDir() {
        String configured = System.getProperty("xiaobu.skills.data", System.getenv("XIAOBU_SKILLS_DATA"));
        return Path.of(configured == null || configured.isBlank() ? "data/skills" : configured);
    }
}
