package io.xiaobu.dialog.rank;

import io.xiaobu.nlu.Understanding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FusionRankerTest {

    private final FusionRanker ranker = new FusionRanker(FusionRanker.Settings.defaults());

    private static Candidate task(String intent, double score) {
        return Candidate.task(new Understanding(intent.split("\\.")[0], intent, List.of(), score, "rule", "test"));
    }

    private static Candidate other(Candidate.Source source, double score) {
        return new Candidate(source, "chat", null, null, "回复", score, Map.of(), source.name());
    }

    @Test
    void aCoveringTaskBeatsAConfidentChatReply() {
        var d = ranker.rank(List.of(other(Candidate.Source.CHAT_RETRIEVAL, 0.97), task("alarm.set", 0.90)));
        assertThat(d.winner().candidate().intent()).isEqualTo("alarm.set");
        assertThat(d.clarify()).isFalse();
    }

    @Test
    void chatIsTheFallbackWhenNoTaskCoversTheQuery() {
        var d = ranker.rank(List.of(task("alarm.set", 0.30), other(Candidate.Source.CHAT_RETRIEVAL, 0.70)));
        assertThat(d.winner().candidate().source()).isEqualTo(Candidate.Source.CHAT_RETRIEVAL);
    }

    @Test
    void generationIsUsedOnlyWhenNothingElsePasses() {
        var d = ranker.rank(List.of(other(Candidate.Source.CHAT_GENERATION, 0.9), other(Candidate.Source.CHAT_RETRIEVAL, 0.6)));
        assertThat(d.winner().candidate().source()).isEqualTo(Candidate.Source.CHAT_RETRIEVAL);
    }

    @Test
    void aHighPrecisionGreetingCompetesWithTasksOnConfidence() {
        var d = ranker.rank(List.of(task("music.play", 0.82), other(Candidate.Source.GREETING, 0.95)));
        assertThat(d.winner().candidate().source()).isEqualTo(Candidate.Source.GREETING);
    }

    @Test
    void aGraphAnswerBeatsARetrievedChatReply() {
        var d = ranker.rank(List.of(other(Candidate.Source.CHAT_RETRIEVAL, 0.95), other(Candidate.Source.KBQA, 0.6)));
        assertThat(d.winner().candidate().source()).isEqualTo(Candidate.Source.KBQA);
    }

    @Test
    void twoTasksTooCloseToCallAreAClarification() {
        var d = ranker.rank(List.of(task("music.play", 0.90), task("video.play", 0.88)));
        assertThat(d.clarify()).isTrue();
        assertThat(d.reason()).contains("music.play").contains("video.play");
    }

    @Test
    void theSameIntentFromTwoRecognisersIsNotAnAmbiguity() {
        var d = ranker.rank(List.of(task("music.play", 0.90), task("music.play", 0.89)));
        assertThat(d.clarify()).isFalse();
    }

    @Test
    void tiedReadingsBelowTheFloorAreAskedAbout() {
        var d = ranker.rank(List.of(task("app.launch", 0.35), task("video.play", 0.35), task("radio.play", 0.35)));
        assertThat(d.clarify()).isTrue();
        assertThat(List.of(d.winner().candidate().intent(), d.runnerUp().candidate().intent()))
                .containsExactlyInAnyOrder("app.launch", "video.play");
    }

    @Test
    void aQuestionOfFactIsNotAskedBackAbout() {
        // 流浪地球的导演是谁: weak poetry and music readings are guesses, not a choice to offer
        var d = ranker.rank(List.of(task("poetry.play", 0.30), task("music.play", 0.24)), false);
        assertThat(d.clarify()).isFalse();
        assertThat(d.winner()).isNull();
    }

    @Test
    void tiedReadingsBelowTheFloorAreAskedAboutRatherThanAnsweredByAGeneratedReply() {
        var d = ranker.rank(List.of(task("music.play", 0.38), task("video.play", 0.33), other(Candidate.Source.CHAT_GENERATION, 0.9)));
        assertThat(d.clarify()).isTrue();
        assertThat(d.winner().candidate().intent()).isEqualTo("music.play");
    }

    @Test
    void aGeneratedReplyAnswersWhenNoTwoTaskReadingsAreInSight() {
        var d = ranker.rank(List.of(task("music.play", 0.38), other(Candidate.Source.CHAT_GENERATION, 0.9)));
        assertThat(d.clarify()).isFalse();
        assertThat(d.winner().candidate().source()).isEqualTo(Candidate.Source.CHAT_GENERATION);
    }

    @Test
    void candidatesBelowEveryFloorLeaveNoWinner() {
        var d = ranker.rank(List.of(task("alarm.set", 0.2), other(Candidate.Source.CHAT_RETRIEVAL, 0.1)));
        assertThat(d.winner()).isNull();
        assertThat(d.ranked()).isEmpty();
    }
}
