package io.xiaobu.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The linker's incremental key updates give the same keys as the index built them. */
class PinyinKeysTest {

    private static final int[] IDS = {12, 7, 301, 7, 44, 0};

    @Test
    void aKeyGrownSyllableBySyllableEqualsTheKeyOfTheWholeSpan() {
        for (int from = 0; from < IDS.length; from++) {
            long sum = 0;
            for (int to = from + 1; to <= IDS.length; to++) {
                sum = PinyinKeys.extend(sum, IDS[to - 1], to - from - 1);
                assertThat(PinyinKeys.key(sum, to - from)).isEqualTo(PinyinKeys.hash(IDS, from, to, -1, PinyinKeys.NO_SWAP));
            }
        }
    }

    @Test
    void wildcardAndSwapUpdatesEqualTheKeysComputedFromScratch() {
        long key = PinyinKeys.hash(IDS, 1, 5, -1, PinyinKeys.NO_SWAP);
        for (int w = 1; w < 5; w++) {
            assertThat(PinyinKeys.wildcard(key, IDS[w], w - 1)).isEqualTo(PinyinKeys.hash(IDS, 1, 5, w, PinyinKeys.NO_SWAP));
        }
        for (int t = 1; t + 1 < 5; t++) {
            assertThat(PinyinKeys.swapped(key, IDS[t], IDS[t + 1], t - 1)).isEqualTo(PinyinKeys.hash(IDS, 1, 5, -1, t));
        }
    }

    @Test
    void spansOfOtherLengthsOrOrdersGetOtherKeys() {
        assertThat(PinyinKeys.hash(new int[] {1, 2}, 0, 2, -1, PinyinKeys.NO_SWAP))
                .isNotEqualTo(PinyinKeys.hash(new int[] {2, 1}, 0, 2, -1, PinyinKeys.NO_SWAP))
                .isNotEqualTo(PinyinKeys.hash(new int[] {1, 2, 0}, 0, 3, -1, PinyinKeys.NO_SWAP));
    }

    @Test
    void theLookupTableFindsEveryStoredKeyAndMissesOthers() {
        LongPostings p = new LongPostings(Map.of(5L, new int[] {1}, -9L, new int[] {2, 3}, 1L << 40, new int[] {4}));
        assertThat(p.get(5L)).containsExactly(1);
        assertThat(p.get(-9L)).containsExactly(2, 3);
        assertThat(p.get(1L << 40)).containsExactly(4);
        for (long k : List.of(0L, 6L, -8L, 1L << 41)) assertThat(p.get(k)).isEmpty();
    }
}
