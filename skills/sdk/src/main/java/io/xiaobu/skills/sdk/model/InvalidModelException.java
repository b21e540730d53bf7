package io.xiaobu.skills.sdk.model;

import java.util.List;

/** Thrown by {@link ModelLoader#load} when a model has errors; carries every error found, not just the first. */
public final class InvalidModelException extends Exception {

    private final List<ModelError> errors;

    public InvalidModelException(List<ModelError> errors) {
        super(errors.size() + " error(s) in interaction model:\n" + String.join("\n", errors.stream().map(ModelError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<ModelError> errors() {
        return errors;
    }
}
