package io.xiaobu.skills.sdk;

import java.util.List;

/** Picks one of several phrasings deterministically from a seed, so replies vary but tests can pin them. */
public final class Phrases {

    private Phrases() {
    }

    /** One of {@code options}, chosen by the seed's hash (e.g. the request id). */
    public static String pick(String seed, String... options) {
        if (options.length == 0) return "";
        int h = seed == null ? 0 : seed.hashCode();
        return options[Math.floorMod(h * 31 + options.length, options.length)];
    }

    public static String pick(String seed, List<String> options) {
        return pick(seed, options.toArray(String[]::new));
    }

    /** One of {@code options} chosen for a request, varied by a salt so two picks in one reply differ. */
    public static String pick(SkillRequest request, String salt, String... options) {
        return pick(request.requestId() + salt, options);
    }
}
