package io.xiaobu.nlu.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyAndCorpusTest {

    @Test
    void fullWidthAndUpperCaseFoldToTheSameIdAsTheirPlainForms() {
        Vocabulary v = Vocabulary.build(List.of("abc123你好"), 1, 100);
        assertThat(v.id('Ａ')).isEqualTo(v.id('a'));
        assertThat(v.id('B')).isEqualTo(v.id('b'));
        assertThat(v.id('１')).isEqualTo(v.id('1'));
        assertThat(v.id('龘')).isEqualTo(Vocabulary.UNK);
        assertThat(v.id('\u0007')).isEqualTo(Vocabulary.UNK);
    }

    @Test
    void vocabularyRoundTripsThroughItsFile(@TempDir Path dir) throws IOException {
        Vocabulary v = Vocabulary.build(List.of("播放 周杰伦\n的歌"), 1, 100);
        v.save(dir.resolve("v.txt"));
        Vocabulary back = Vocabulary.load(dir.resolve("v.txt"));
        assertThat(back.size()).isEqualTo(v.size());
        for (char c : "播放周杰伦的歌".toCharArray()) assertThat(back.id(c)).isEqualTo(v.id(c));
    }

    @Test
    void corpusReaderSplitsTabsDropsSpacesAndReadsJsonlText(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("chat.txt");
        Files.writeString(tsv, "你 好 呀\t我 很 好\n\n");
        assertThat(NluTrainer.readCorpus(tsv, 10)).containsExactly("你好呀", "我很好");
        Path jsonl = dir.resolve("x.jsonl");
        Files.writeString(jsonl, "{\"text\":\"打开 微信\"}\nnot json\n");
        assertThat(NluTrainer.readCorpus(jsonl, 10)).containsExactly("打开微信");
    }

    @Test
    void recogniserFeaturesFlagWhatIsPresent() {
        float[] f = new AsrSignals(0.8f, Float.NaN, 2f, Float.NaN).features();
        assertThat(f).containsExactly(0.8f, 0f, 0.2f, 0f, 1f, 0f, 1f, 0f);
        assertThat(AsrSignals.NONE.features()).containsOnly(0f);
    }
}
