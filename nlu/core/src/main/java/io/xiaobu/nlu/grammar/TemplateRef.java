package io.xiaobu.nlu.grammar;

/**
 * Which template a match came from.
 *
 * @param id       position of the template in the compiled matcher (compile order)
 * @param grammar  the grammar's name, e.g. {@code builtin/system}
 * @param domain   the intent's domain
 * @param intent   the intent
 * @param template the template as written
 */
public record TemplateRef(int id, String grammar, String domain, String intent, String template) {

    /** A one-line explanation, e.g. {@code builtin/system system.setting.on: [请|帮我](打开|开启){setting}}. */
    public String describe() {
        return grammar + " " + intent + ": " + template;
    }
}
