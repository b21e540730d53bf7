package io.xiaobu.nlu.model;

import io.xiaobu.nlu.Slot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BioViterbiTest {

    private static final List<String> TAGS = List.of("O", "B-song", "I-song", "B-singer", "I-singer");

    /** One distribution per char: the named tag gets {@code p}, the rest share 1 − p. */
    private static double[] dist(String tag, double p) {
        double[] d = new double[TAGS.size()];
        java.util.Arrays.fill(d, (1 - p) / (TAGS.size() - 1));
        d[TAGS.indexOf(tag)] = p;
        return d;
    }

    private static double[] mix(double... d) {
        return d;
    }

    @Test
    void confidentTagsAreDecodedAsTheyAre() {
        String text = "播放稻香";
        double[][] probs = {dist("O", 0.9), dist("O", 0.9), dist("B-song", 0.9), dist("I-song", 0.9)};
        assertThat(BioViterbi.decode(text, probs, TAGS)).extracting(Slot::name, Slot::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("song", "稻香"));
    }

    @Test
    void anInsideTagWithoutABeginningIsRepairedToTheBestValidSequence() {
        // argmax would read O O I-song I-song: an I- with no B- before it
        String text = "播放稻香";
        double[][] probs = {dist("O", 0.9), dist("O", 0.9),
                mix(0.05, 0.40, 0.45, 0.05, 0.05), dist("I-song", 0.9)};
        assertThat(BioViterbi.decode(text, probs, TAGS)).extracting(Slot::name, Slot::value, Slot::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("song", "稻香", 2));
    }

    @Test
    void aSpanDoesNotChangeTypeHalfWay() {
        // argmax: B-singer I-song — invalid; the best valid path keeps one type
        String text = "周杰伦";
        double[][] probs = {mix(0.02, 0.08, 0.0, 0.88, 0.02), mix(0.02, 0.0, 0.50, 0.0, 0.48), dist("I-singer", 0.9)};
        assertThat(BioViterbi.decode(text, probs, TAGS)).extracting(Slot::name, Slot::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("singer", "周杰伦"));
    }

    @Test
    void slotNamesTheCallerDoesNotAllowAreNeverDecoded() {
        // the tagger prefers singer, but the recognised intent takes songs only
        String text = "周杰伦";
        double[][] probs = {mix(0.02, 0.30, 0.0, 0.66, 0.02), mix(0.02, 0.0, 0.40, 0.0, 0.58), mix(0.05, 0.0, 0.25, 0.0, 0.70)};
        boolean[] songsOnly = {true, true, true, false, false};
        assertThat(BioViterbi.decode(text, probs, TAGS, songsOnly)).extracting(Slot::name, Slot::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("song", "周杰伦"));
        boolean[] none = {false, false, false, false, false};
        assertThat(BioViterbi.decode(text, probs, TAGS, none)).isEmpty();
    }

    @Test
    void emptyTextGivesNoSlots() {
        assertThat(BioViterbi.decode("", new double[0][], TAGS)).isEmpty();
    }
}
