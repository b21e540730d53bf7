package io.xiaobu.kg;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.kg.imports.StarterGraph;
import io.xiaobu.kg.link.EntityLink;
import io.xiaobu.kg.link.KnowledgeRouter;
import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Fact;
import io.xiaobu.kg.model.Relation;
import io.xiaobu.kg.qa.KbqaAnswer;
import io.xiaobu.kg.store.GraphWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The knowledge graph on a real Neo4j (test harness, Bolt on loopback): schema, starter graph,
 * idempotent writes, linking from the graph, and the KBQA query shapes. One database for the class.
 */
class KnowledgeGraphTest {

    static Neo4j neo4j;
    static KnowledgeGraph kg;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        kg = KnowledgeGraph.connect(GraphConfig.local(neo4j.boltURI().toString()));
        // Fixture facts beyond the starter graph (fictional names, so nothing here claims a real fact).
        GraphWriter writer = new GraphWriter(kg.driver());
        writer.upsertEntities(List.of(Entity.of(EntityType.PERSON, "甲乙丙", 0.5), Entity.of(EntityType.PERSON, "丁戊己", 0.5)));
        writer.upsertRelations(List.of(new Relation("person:甲乙丙", "妻子", "person:丁戊己")));
        writer.upsertFacts(List.of(
                new Fact("丁戊己", "出生地", "庚辛城", EntityType.PERSON),
                new Fact("机械设计基础", "作者", "杨可桢，程光蕴，李仲生", EntityType.THING),
                new Fact("机械设计基础", "出版社", "高等教育出版社", EntityType.THING)));
        kg.refresh();
    }

    @AfterAll
    static void stop() {
        if (kg != null) kg.close();
        if (neo4j != null) neo4j.close();
    }

    @Test
    void theStarterGraphIsLoadedWithItsAppsAndConstraints() {
        Map<String, Long> counts = kg.reader().counts();
        assertThat(counts.get("APP")).isGreaterThanOrEqualTo(50);
        assertThat(counts.get("SONG")).isGreaterThanOrEqualTo(60);
        assertThat(counts.get("relations")).isGreaterThanOrEqualTo(150);
        try (var s = kg.driver().session()) {
            assertThat(s.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())).contains("entity_id");
        }
    }

    @Test
    void writingTheStarterGraphAgainChangesNothing() {
        StarterGraph starter = StarterGraph.load();
        GraphWriter writer = new GraphWriter(kg.driver());
        var before = kg.reader().counts();
        GraphWriter.WriteCounts a = writer.upsertEntities(starter.entities());
        GraphWriter.WriteCounts b = writer.upsertRelations(starter.relations());
        assertThat(a.nodesCreated()).isZero();
        assertThat(b.relationshipsCreated()).isZero();
        assertThat(kg.reader().counts()).isEqualTo(before);
        assertThat(kg.isUp()).isTrue();
    }

    @Test
    void linkingUsesEntitiesThatOnlyTheGraphHas() {
        assertThat(kg.link("甲乙丙是谁")).extracting(EntityLink::entityId).contains("person:甲乙丙");
        assertThat(kg.route("帮我放个原子弹").domain()).isEqualTo(KnowledgeRouter.Domain.MUSIC);
    }

    @Test
    void linkedEntityIdsAreAttachedToTheSlotsTheyCover() {
        List<io.xiaobu.nlu.Slot> slots = kg.attachEntityIds("播放周杰伦的稻香", List.of(
                new io.xiaobu.nlu.Slot("singer", "周杰伦", null, 2, 5, null),
                new io.xiaobu.nlu.Slot("song", "稻香", "稻香", 6, 8, null),
                new io.xiaobu.nlu.Slot("mode", "播放", null, 0, 2, null)));
        assertThat(slots).extracting(io.xiaobu.nlu.Slot::entityId).containsExactly("person:周杰伦", "song:稻香", null);
        assertThat(slots.get(0).normalized()).isEqualTo("周杰伦");
    }

    @Test
    void singleHopAnswersTheBookAuthorQuestion() {
        KbqaAnswer a = kg.answer("《机械设计基础》这本书的作者是谁？");
        assertThat(a.status()).isEqualTo(KbqaAnswer.Status.ANSWERED);
        assertThat(a.answer()).isEqualTo("杨可桢，程光蕴，李仲生");
        assertThat(a.predicates()).containsExactly("作者");
        assertThat(kg.answer("机械设计基础是哪个出版社出版的").answer()).isEqualTo("高等教育出版社");
    }

    @Test
    void singleHopFollowsRelationsInBothDirections() {
        assertThat(kg.answer("周杰伦的老婆是谁").answer()).isEqualTo("昆凌");
        assertThat(kg.answer("稻香是谁唱的").answer()).isEqualTo("周杰伦");
        assertThat(kg.answer("杭州属于哪个省").answer()).isEqualTo("浙江省");
    }

    @Test
    void aTwoHopChainIsFollowed() {
        KbqaAnswer a = kg.answer("甲乙丙的妻子的出生地是哪里");
        assertThat(a.answer()).isEqualTo("庚辛城");
        assertThat(a.predicates()).containsExactly("妻子", "出生地");
        assertThat(a.shape()).isEqualTo("chain");
    }

    @Test
    void aSuperlativeOverAPersonsFilmsIsAnswered() {
        KbqaAnswer a = kg.answer("周星驰主演的电影里评分最高的是哪部");
        assertThat(a.answer()).isEqualTo("大话西游之大圣娶亲");
        assertThat(a.shape()).isEqualTo("superlative");
        assertThat(kg.answer("周星驰主演的电影里最早的是哪部").answer()).isEqualTo("大话西游之大圣娶亲");
    }

    @Test
    void questionsWithoutAnAnswerSaySoAndHostileTextIsOnlyEverAParameter() {
        assertThat(kg.answer("").status()).isEqualTo(KbqaAnswer.Status.NO_ANSWER);
        assertThat(kg.answer("今天心情怎么样").status()).isEqualTo(KbqaAnswer.Status.NO_ANSWER);
        KbqaAnswer hostile = kg.answer("周杰伦'}) MATCH (n) DETACH DELETE n //的妻子是谁");
        assertThat(hostile.status()).isNotEqualTo(KbqaAnswer.Status.UNAVAILABLE);
        assertThat(kg.reader().counts().get("APP")).isGreaterThanOrEqualTo(50);
    }
}
