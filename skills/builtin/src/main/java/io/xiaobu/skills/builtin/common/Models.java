package io.xiaobu.skills.builtin.common;

import io.xiaobu.skills.sdk.model.InteractionModel;
import io.xiaobu.skills.sdk.model.InvalidModelException;
import io.xiaobu.skills.sdk.model.ModelLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the built-in interaction models from {@code /skills/<id>.yaml} with built-in strictness. */
public final class Models {

    private Models() {
    }

    public static String resource(String id) {
        return "/skills/" + id + ".yaml";
    }

    public static InteractionModel load(String id) {
        try (InputStream in = Models.class.getResourceAsStream(resource(id))) {
            if (in == null) throw new IllegalStateException("missing built-in model " + resource(id));
            return new ModelLoader(ModelLoader.BUILTIN_MIN_SAMPLES).load(in, "skills/" + id + ".yaml");
        } catch (InvalidModelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
