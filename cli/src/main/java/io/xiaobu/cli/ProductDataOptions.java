package io.xiaobu.cli;

import io.xiaobu.dialog.model.ProductTrainingSet;
import io.xiaobu.dialog.skills.SkillCatalog;
import io.xiaobu.nlu.data.DataDir;
import io.xiaobu.skills.builtin.BuiltinServices;
import io.xiaobu.skills.builtin.BuiltinSkills;
import io.xiaobu.time.TimeNormalizer;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.List;

/** Options shared by {@code train product-nlu} and {@code eval product-nlu}: how the product training set is built. */
public final class ProductDataOptions {

    @Option(names = "--per-template", defaultValue = "24", description = "utterances sampled per skill template")
    int perTemplate;

    @Option(names = "--max-per-label", defaultValue = "1500", description = "most training utterances per public label")
    int maxPerLabel;

    @Option(names = "--chat-posts", defaultValue = "3000", description = "LCCC posts read as chit-chat")
    int chatPosts;

    @Option(names = "--holdout", defaultValue = "0.1", description = "held-out fraction where a source has no dev file")
    double holdout;

    ProductTrainingSet build() throws IOException {
        SkillCatalog catalog = new SkillCatalog(new BuiltinSkills(BuiltinServices.defaults(
                java.nio.file.Files.createTempDirectory("xiaobu-product-nlu"))).runtime(), new TimeNormalizer(), List.of());
        ProductTrainingSet.Options defaults = ProductTrainingSet.Options.defaults();
        ProductTrainingSet.Options o = new ProductTrainingSet.Options(perTemplate, maxPerLabel, chatPosts, defaults.poolPerSlot(),
                holdout, defaults.seed());
        return ProductTrainingSet.build(DataDir.resolve(), catalog.runtime().skills().stream()
                .sorted(java.util.Comparator.comparing(io.xiaobu.skills.sdk.Skill::id)).toList(), catalog.recognizers(), o, System.out::println);
    }
}
