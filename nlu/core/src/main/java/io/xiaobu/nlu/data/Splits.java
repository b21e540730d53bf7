package io.xiaobu.nlu.data;

import java.util.ArrayList;
import java.util.List;

/** Group-wise hold-out: every session / dialogue goes wholly to train or to dev, decided by a hash of its id. */
public final class Splits {

    private Splits() {
    }

    /** Examples whose group falls in the dev part ({@code dev == true}) or the train part. */
    public static List<NluExample> holdOut(List<NluExample> all, double devFraction, boolean dev) {
        List<NluExample> out = new ArrayList<>();
        for (NluExample e : all) {
            int h = Math.floorMod(mix(e.group().hashCode()), 10_000);
            if ((h < devFraction * 10_000) == dev) out.add(e);
        }
        return out;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
