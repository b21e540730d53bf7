package io.xiaobu.app;

import io.xiaobu.dialog.api.FieldError;

import java.util.List;

/** The JSON body of every error answer: a code, a sentence, and the fields at fault. */
public record ApiError(String error, String message, List<FieldError> fields) {
}
