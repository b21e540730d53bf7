package io.xiaobu.nlu.model;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.model.WordBoundaries.BEGIN;
import static io.xiaobu.nlu.model.WordBoundaries.END;
import static io.xiaobu.nlu.model.WordBoundaries.MIDDLE;
import static io.xiaobu.nlu.model.WordBoundaries.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Each character's place in its word, as the backbone reads it. */
class WordBoundariesTest {

    @Test
    void aSongTitleIsOneWordFromItsFirstToItsLastCharacter() {
        // 我 / 要 / 听 / 蒲公英 / 。
        assertThat(WordBoundaries.of("我要听蒲公英。")).containsExactly(SINGLE, SINGLE, SINGLE, BEGIN, MIDDLE, END, SINGLE);
    }

    @Test
    void everyCharacterGetsAnIdAndHostileInputDoesNotThrow() {
        for (String text : new String[]{"", " ", "\u0000\u0007\t", "😀".repeat(40), "１２３４５", "MATCH (n) DETACH DELETE n", "發財"}) {
            assertThatCode(() -> {
                int[] ids = WordBoundaries.of(text);
                assertThat(ids).hasSize(text.length());
                for (int id : ids) assertThat(id).isBetween(0, WordBoundaries.IDS - 1);
            }).as(text).doesNotThrowAnyException();
        }
    }
}
