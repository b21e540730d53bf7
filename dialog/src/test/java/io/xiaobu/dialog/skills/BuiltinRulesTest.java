package io.xiaobu.dialog.skills;

import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.grammar.RuleMatchResult;
import io.xiaobu.nlu.text.TextNormalizer;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.time.TimeNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in skills' rule templates take the requests they are written for, and not the questions beside them. */
class BuiltinRulesTest {

    @TempDir
    static Path work;
    static SkillCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new SkillCatalog(new BuiltinSkills(BuiltinServices.defaults(work)).runtime(), new TimeNormalizer(), List.of());
    }

    private static RuleMatchResult match(String text) {
        NormalizedText n = TextNormalizer.standard().normalize(text);
        return catalog.get().match(n);
    }

    private static String fullMatchIntent(String text) {
        RuleMatchResult r = match(text);
        return r.status() == RuleMatchResult.Status.MATCHED ? r.best().orElseThrow().understanding().intent() : null;
    }

    @Test
    void askingWhatAForeignWordMeansIsATranslation() {
        assertThat(fullMatchIntent("hello这个单词是什么意思")).isEqualTo("translate");
        assertThat(fullMatchIntent("英文apple是什么意思")).isEqualTo("translate");
        assertThat(fullMatchIntent("早上好用英语怎么说")).isEqualTo("translate");
    }

    @Test
    void whatAChineseWordOrTheUserMeansIsNoRuleMatch() {
        // word meanings go to the graph or chat, "你什么意思" is chit-chat: no template claims them
        assertThat(fullMatchIntent("勤劳是什么意思")).isNull();
        assertThat(fullMatchIntent("你什么意思")).isNull();
    }

    @Test
    void theMeaningOfAPoemLineIsAskedAsSuch() {
        assertThat(fullMatchIntent("床前明月光这句诗是什么意思")).isEqualTo("poetry.play");
    }
}
