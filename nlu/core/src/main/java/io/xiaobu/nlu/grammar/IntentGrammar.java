package io.xiaobu.nlu.grammar;

import java.util.List;

/**
 * The templates of one intent.
 *
 * @param domain    the domain (skill id), e.g. {@code system}
 * @param intent    the intent name, e.g. {@code system.setting.on}
 * @param templates templates in the {@link TemplateParser} syntax, e.g. {@code [请|帮我](打开|开启){app}[一下]}
 */
public record IntentGrammar(String domain, String intent, List<String> templates) {
    public IntentGrammar {
        if (domain == null || domain.isBlank()) throw new GrammarException("intent '" + intent + "' has no domain");
        if (intent == null || intent.isBlank()) throw new GrammarException("an intent of domain '" + domain + "' has no name");
        templates = List.copyOf(templates);
    }
}
