package io.xiaobu.skills.sdk.model;

/**
 * One problem found in an interaction model, precise enough to fix without searching.
 *
 * @param file    the file (or resource name) the model came from
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param field   the path of the offending field, e.g. {@code intents[2].slots[0].type}
 * @param message what is wrong, in English
 */
public record ModelError(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": " + message;
    }
}
