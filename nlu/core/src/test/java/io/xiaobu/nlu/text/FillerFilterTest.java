package io.xiaobu.nlu.text;

import org.junit.jupiter.api.Test;

import static io.xiaobu.nlu.text.FilterAssertions.assertFilters;

class FillerFilterTest {

    private final FillerFilter filter = new FillerFilter();

    @Test
    void hesitationsAreRemovedAnywhere() {
        assertFilters(filter, "嗯嗯打开呃微信", "打开微信", 2, 3, 5, 6);
    }

    @Test
    void discourseMarkerFollowedByAPauseIsRemovedAtTheStart() {
        assertFilters(filter, "那个，打开微信", "，打开微信", 2, 3, 4, 5, 6);
    }

    @Test
    void discourseMarkerAfterAPauseIsRemoved() {
        assertFilters(filter, "帮我打开，那个，微信", "帮我打开，，微信");
    }

    @Test
    void repeatedDiscourseMarkerIsRemoved() {
        assertFilters(filter, "那个那个打开微信", "打开微信");
    }

    @Test
    void leadingMarkerIsRemovedWithoutAPause() {
        assertFilters(filter, "就是说打开蓝牙", "打开蓝牙");
    }

    @Test
    void markerThatIsPartOfTheSentenceStays() {
        assertFilters(filter, "打开那个应用", "打开那个应用");
        assertFilters(filter, "那个歌叫什么", "那个歌叫什么");
        assertFilters(filter, "然后呢", "然后呢");
    }

    @Test
    void anUtteranceMadeOnlyOfFillersIsKeptBecauseItMayMeanYes() {
        assertFilters(filter, "嗯", "嗯");
        assertFilters(filter, "嗯，那个", "嗯，那个");
    }

    @Test
    void latinFillersNeedAPause() {
        assertFilters(filter, "emm, open wechat", ", open wechat");
        assertFilters(filter, "ummagumma", "ummagumma");
    }
}
