package io.xiaobu.kg.model;

import java.util.Locale;

/** The kinds of entity in the graph; {@link #label()} is the Neo4j label, {@link #tag()} the per-character tag. */
public enum EntityType {
    SONG("Song", "SONG"),
    PERSON("Person", "PER"),
    FILM("Film", "FILM"),
    TV("TV", "TV"),
    POEM("Poem", "POEM"),
    PLACE("Place", "LOC"),
    APP("App", "APP"),
    GENRE("Genre", "GENRE"),
    THING("Thing", "THING");

    private final String label;
    private final String tag;

    EntityType(String label, String tag) {
        this.label = label;
        this.tag = tag;
    }

    /** The Neo4j label (a constant of the project, never user text). */
    public String label() {
        return label;
    }

    /** Short tag for per-character type tags fed to the NLU backbone. */
    public String tag() {
        return tag;
    }

    /** Parses a type name case-insensitively; unknown names are {@link #THING}. */
    public static EntityType parse(String name) {
        if (name == null) return THING;
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return THING;
        }
    }
}
