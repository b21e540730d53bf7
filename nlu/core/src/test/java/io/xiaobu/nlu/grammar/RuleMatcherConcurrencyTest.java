package io.xiaobu.nlu.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMatcherConcurrencyTest {

    @Test
    void oneCompiledMatcherGivesTheSameAnswersFromManyThreads() throws Exception {
        RuleMatcher matcher = RuleMatcher.compile(GrammarYamlLoader.builtIn());
        List<TemplateSampler.Sample> samples = new TemplateSampler(GrammarYamlLoader.builtIn()).sample(5, 11);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    int right = 0;
                    for (int round = 0; round < 5; round++) {
                        for (TemplateSampler.Sample s : samples) {
                            if (matcher.match(s.text()).best().map(RuleMatch::intent).orElse("").equals(s.intent())) right++;
                        }
                    }
                    return right;
                }));
            }
            for (Future<Integer> f : runs) assertThat(f.get()).isEqualTo(5 * samples.size());
        }
    }
}
