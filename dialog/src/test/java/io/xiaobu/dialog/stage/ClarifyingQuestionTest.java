package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.skills.SkillCatalog;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.time.TimeNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When two readings are too close to call, the assistant asks between them by names a user understands. */
class ClarifyingQuestionTest {

    @TempDir
    Path work;

    @Test
    void twoIntentsOfOneSkillAreAskedAboutByTheirOwnNames() {
        SkillCatalog catalog = new SkillCatalog(new BuiltinSkills(BuiltinServices.defaults(work)).runtime(), new TimeNormalizer(), List.of());
        assertThat(RankStage.clarifyingQuestion(catalog.title("music.play"), catalog.title("video.play"))).isEqualTo("你是想听音乐，还是看视频？");
        assertThat(RankStage.clarifyingQuestion(catalog.title("app.download"), catalog.title("app.launch"))).isEqualTo("你是想下载应用，还是打开应用？");
        for (Skill s : catalog.runtime().skills()) {
            List<String> titles = s.model().intents().stream().map(IntentModel::name).map(catalog::title).toList();
            assertThat(titles).as(s.id()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).hasSizeBetween(1, 20));
        }
    }

    @Test
    void twoReadingsThatShareANameAreAskedAboutOneAtATime() {
        assertThat(RankStage.clarifyingQuestion("音乐播放", "音乐播放")).isEqualTo("你是想音乐播放吗？");
    }
}
