package io.xiaobu.kg.imports;

/**
 * The project's fixed train/dev split of the NLPCC 2018 task 4 corpus, by session id: one session in ten
 * (by a stable hash) is dev. The importer takes ASR-error aliases only from train; the linking
 * evaluation measures on dev.
 */
public final class Nlpcc2018Split {

    private static final int DEV_MODULUS = 10;

    private Nlpcc2018Split() {}

    public static boolean isDev(String sessionId) {
        int h = 0;
        for (int i = 0; i < sessionId.length(); i++) h = 31 * h + sessionId.charAt(i);
        return Math.floorMod(h ^ (h >>> 16), DEV_MODULUS) == 0;
    }
}
