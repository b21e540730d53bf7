package io.xiaobu.kg.link;

import java.util.Arrays;
import java.util.List;

/**
 * What linking found in one utterance.
 *
 * @param text     the utterance as given
 * @param mentions the best link of every mention span found, overlapping and nested ones included
 * @param links    a non-overlapping selection of {@code mentions} with the highest total evidence
 */
public record LinkResult(String text, List<EntityLink> mentions, List<EntityLink> links) {

    public LinkResult {
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }

    public static LinkResult empty(String text) {
        return new LinkResult(text == null ? "" : text, List.of(), List.of());
    }

    /**
     * Per-character entity-type tags for the NLU backbone: {@code B-SONG}, {@code I-SONG}, … or {@code O},
     * one per char of {@link #text()}.
     */
    public String[] typeTags() {
        String[] tags = new String[text.length()];
        Arrays.fill(tags, "O");
        for (EntityLink l : links) {
            for (int i = l.start(); i < l.end() && i < tags.length; i++) {
                tags[i] = (i == l.start() ? "B-" : "I-") + l.type().tag();
            }
        }
        return tags;
    }

    /** True when some selected link is ambiguous (the turn may need to ask). */
    public boolean hasAmbiguity() {
        return links.stream().anyMatch(EntityLink::ambiguous);
    }
}
