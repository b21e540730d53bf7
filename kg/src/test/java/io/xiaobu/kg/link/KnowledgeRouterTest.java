package io.xiaobu.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.kg.imports.StarterGraph;
import io.xiaobu.kg.link.KnowledgeRouter.Domain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Play/open requests are routed by what their object links to. */
class KnowledgeRouterTest {

    static EntityLinker linker;
    static final KnowledgeRouter router = new KnowledgeRouter();

    @BeforeAll
    static void buildIndex() {
        AliasIndex.Builder b = AliasIndex.builder(LinkerConfig.defaults());
        StarterGraph.load().entities().forEach(b::add);
        linker = new EntityLinker(b.build());
    }

    private static Domain domainOf(String text) {
        return router.route(linker.link(text)).domain();
    }

    @Test
    void playingASongGoesToMusic() {
        assertThat(domainOf("帮我放个原子弹")).isEqualTo(Domain.MUSIC);
        assertThat(domainOf("放个炸弹")).isEqualTo(Domain.MUSIC);
        assertThat(domainOf("播放周杰伦的稻香")).isEqualTo(Domain.MUSIC);
    }

    @Test
    void playingAFilmGoesToVideo() {
        assertThat(domainOf("播放让子弹飞")).isEqualTo(Domain.VIDEO);
        assertThat(domainOf("我想看霸王别姬")).isEqualTo(Domain.VIDEO);
    }

    @Test
    void openingAnAppGoesToAppLaunch() {
        assertThat(domainOf("打开微信")).isEqualTo(Domain.APP);
        assertThat(domainOf("帮我启动高德地图")).isEqualTo(Domain.APP);
    }

    @Test
    void aTitleThatIsSongAndFilmAsksUnlessTheWordsDecide() {
        assertThat(domainOf("放甜蜜蜜")).isEqualTo(Domain.ASK);
        assertThat(domainOf("放一首甜蜜蜜")).isEqualTo(Domain.MUSIC);
        assertThat(domainOf("放一部甜蜜蜜")).isEqualTo(Domain.VIDEO);
    }

    @Test
    void utterancesWithoutAPlayVerbAreNotRouted() {
        assertThat(domainOf("周杰伦是哪里人")).isEqualTo(Domain.NONE);
        assertThat(domainOf("今天天气怎么样")).isEqualTo(Domain.NONE);
    }
}
