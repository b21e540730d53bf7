package io.xiaobu.chat.corpus;

import io.xiaobu.chat.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The persona and FAQ answers the project writes itself ({@code /persona/*.yaml} on the classpath). */
public final class PersonaBook {

    /** The persona files, in load order. */
    public static final List<String> FILES = List.of("identity.yaml", "abilities.yaml", "social.yaml", "deflections.yaml");

    private final List<PersonaEntry> entries;

    public PersonaBook(List<PersonaEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Loads the bundled persona files. */
    public static PersonaBook load() {
        List<PersonaEntry> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = PersonaBook.class.getResourceAsStream("/persona/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("persona file missing from the classpath: " + file);
                }
                all.addAll(parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read persona file " + file, e);
            }
        }
        return new PersonaBook(all);
    }

    @SuppressWarnings("unchecked")
    static List<PersonaEntry> parse(InputStream in) {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        String category = String.valueOf(doc.get("category"));
        List<PersonaEntry> out = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) doc.get("entries")) {
            List<String> questions = strings(e.get("questions"));
            List<String> answers = strings(e.get("answers"));
            out.add(new PersonaEntry(String.valueOf(e.get("id")), category, questions, answers));
        }
        return out;
    }

    private static List<String> strings(Object o) {
        if (!(o instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    public List<PersonaEntry> entries() {
        return entries;
    }

    /** The entry with this id, e.g. {@code deflection.abuse}. */
    public Optional<PersonaEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every (question → answers) pair of the indexable entries (deflections are not indexed). */
    public List<ChatPair> pairs() {
        List<ChatPair> out = new ArrayList<>();
        for (PersonaEntry e : entries) {
            if (e.category().equals("deflection") || e.answers().isEmpty()) {
                continue;
            }
            for (String q : e.questions()) {
                out.add(new ChatPair(Texts.clean(q), e.answers(), "persona", e.id()));
            }
        }
        return out;
    }
}
