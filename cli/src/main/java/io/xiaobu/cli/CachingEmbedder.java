package io.xiaobu.cli;

import io.xiaobu.chat.safety.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Remembers the backbone embedding of every text it computed, so a benchmark corpus that repeats texts
 * (reversed pairs reuse the same posts and replies) runs each backbone pass once. Not thread-safe.
 */
final class CachingEmbedder implements TextEmbedder {

    private final TextEmbedder backbone;
    private final Map<String, float[]> cache = new HashMap<>();

    CachingEmbedder(TextEmbedder backbone) {
        this.backbone = backbone;
    }

    @Override
    public float[] embed(String text) {
        return cache.computeIfAbsent(text, backbone::embed);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts.stream().filter(t -> !cache.containsKey(t)).toList()));
        List<float[]> computed = backbone.embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            cache.put(missing.get(i), computed.get(i));
        }
        return texts.stream().map(cache::get).toList();
    }

    int size() {
        return cache.size();
    }
}
