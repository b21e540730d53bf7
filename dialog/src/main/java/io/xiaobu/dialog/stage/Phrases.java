package io.xiaobu.dialog.stage;

import java.util.List;

/** Picks one of several phrasings, stably per request so that a retried request reads the same. */
final class Phrases {

    private Phrases() {
    }

    static String pick(List<String> options, String seed) {
        int i = Math.floorMod(seed == null ? 0 : seed.hashCode(), options.size());
        return options.get(i);
    }
}
