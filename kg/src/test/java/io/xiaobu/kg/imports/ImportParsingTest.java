package io.xiaobu.kg.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.xiaobu.kg.model.Entity;
import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.model.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers behind the importers, on small lines written for the tests. */
class ImportParsingTest {

    @Test
    void mysqlDumpTuplesKeepEscapedQuotesCommasAndNulls() {
        String line = "INSERT INTO `movie` (`a`,`b`,`c`) VALUES (13,'Forrest Gump','a, \\'b\\' (c)'),(14,NULL,'x''y');";
        assertThat(SqlValues.table(line)).isEqualTo("movie");
        List<List<String>> rows = SqlValues.tuples(line);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("13", "Forrest Gump", "a, 'b' (c)");
        assertThat(rows.get(1)).containsExactly("14", null, "x'y");
    }

    @Test
    void csvFieldsMayBeQuotedAndStartWithAByteOrderMark() {
        assertThat(AdminDivisionImporter.splitCsv("\uFEFF11,0,0,\"北京\",\"b\"")).containsExactly("11", "0", "0", "北京", "b");
        assertThat(AdminDivisionImporter.splitCsv("1,\"a,b\",\"say \"\"hi\"\"\"")).containsExactly("1", "a,b", "say \"hi\"");
    }

    @Test
    void theNlpccSplitIsStableAndKeepsAboutOneSessionInTen() {
        int dev = 0;
        for (int i = 0; i < 10_000; i++) if (Nlpcc2018Split.isDev(Integer.toString(110_000_000 + i * 7))) dev++;
        assertThat(dev).isBetween(800, 1200);
        assertThat(Nlpcc2018Split.isDev("117196900")).isEqualTo(Nlpcc2018Split.isDev("117196900"));
    }

    @Test
    void badRowsAreCountedAndReportedNeverThrown() {
        List<String> log = new ArrayList<>();
        ImportSink sink = new ImportSink(null, 1_000_000, 1, log::add);
        sink.entity(new Entity("song:", " ", EntityType.SONG, List.of(), 0.1, null));
        sink.fact(new Fact("s", "", "o", EntityType.THING));
        assertThat(sink.badRows()).isEqualTo(2);
        assertThat(log).hasSize(1).allMatch(l -> l.contains("skipped bad row"));
    }

    @Test
    void theStarterGraphHasItsAppsAmbiguousTitlesAndConsistentRelations() {
        StarterGraph g = StarterGraph.load();
        assertThat(g.entities().stream().filter(e -> e.type() == EntityType.APP)).hasSizeGreaterThanOrEqualTo(50);
        assertThat(g.entities()).extracting(Entity::id).contains("song:原子弹", "song:炸弹", "song:甜蜜蜜", "film:甜蜜蜜", "place:4403");
        assertThat(g.entities().stream().filter(e -> e.type() == EntityType.APP))
                .allMatch(e -> e.props().containsKey("android"));
        assertThat(Arrays.asList(g.relations().toArray())).isNotEmpty();
    }
}
