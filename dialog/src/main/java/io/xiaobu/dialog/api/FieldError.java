package io.xiaobu.dialog.api;

/** One problem with a request, naming the JSON field at fault (dotted path, e.g. {@code asr.text}). */
public record FieldError(String field, String message) {
}
