package io.xiaobu.chat.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The terms the safety checks look for, each with its category. Always contains the project's own
 * lists ({@code /safety/*.txt}, {@code pair_rules.yaml}). With a data dir, adds the categorised
 * konsheng lists and the drug/gambling-tagged words of the houbb dictionary; without one,
 * {@link #usesLibraryDictionary()} tells the checker to fall back to sensitive-word's bundled dictionary.
 */
public final class SafetyLexicon {

    /** konsheng list file → category. Broad lists (GFW, Tencent, 网易, 民生, 广告) over-block chat and are not used. */
    static final Map<String, SafetyCategory> KONSHENG = Map.of(
            "色情词库.txt", SafetyCategory.SEXUAL,
            "色情类型.txt", SafetyCategory.SEXUAL,
            "暴恐词库.txt", SafetyCategory.VIOLENCE,
            "涉枪涉爆.txt", SafetyCategory.VIOLENCE,
            "反动词库.txt", SafetyCategory.POLITICAL,
            "贪腐词库.txt", SafetyCategory.POLITICAL);

    private final Map<String, SafetyCategory> terms;
    private final Set<String> allowed;
    private final List<PairRule> pairRules;
    private final boolean libraryDictionary;

    SafetyLexicon(Map<String, SafetyCategory> terms, Set<String> allowed, List<PairRule> pairRules, boolean libraryDictionary) {
        this.terms = Map.copyOf(terms);
        this.allowed = Set.copyOf(allowed);
        this.pairRules = List.copyOf(pairRules);
        this.libraryDictionary = libraryDictionary;
    }

    /** Project lists plus {@code safetyDir} (the data dir's {@code safety} folder) when it exists; null means none. */
    public static SafetyLexicon load(Path safetyDir) {
        Map<String, SafetyCategory> terms = new HashMap<>();
        boolean haveData = safetyDir != null && Files.isDirectory(safetyDir);
        try {
            if (haveData) {
                for (Map.Entry<String, SafetyCategory> e : new java.util.TreeMap<>(KONSHENG).entrySet()) { // fixed order: a term in two lists gets one category
                    Path f = safetyDir.resolve("konsheng").resolve(e.getKey());
                    if (Files.isRegularFile(f)) {
                        for (String w : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                            add(terms, w, e.getValue());
                        }
                    }
                }
                Path tags = safetyDir.resolve("houbb").resolve("sensitive_word_tags.txt");
                if (Files.isRegularFile(tags)) {
                    for (String line : Files.readAllLines(tags, StandardCharsets.UTF_8)) {
                        String[] p = line.trim().split("\\s+");
                        // houbb tags: 1 = drugs, 3 = gambling (single-tag words only: mixed tags are noisy)
                        if (p.length == 2 && (p[1].equals("1") || p[1].equals("3"))) {
                            add(terms, p[0], SafetyCategory.ILLEGAL);
                        }
                    }
                }
            }
            for (String w : resourceLines("/safety/abuse.txt")) {
                terms.put(w.toLowerCase(), SafetyCategory.ABUSE);
            }
            for (String w : resourceLines("/safety/self_harm.txt")) {
                terms.put(w.toLowerCase(), SafetyCategory.SELF_HARM);
            }
            Set<String> allowed = new LinkedHashSet<>(resourceLines("/safety/allow.txt"));
            if (haveData) {
                Path allow = safetyDir.resolve("houbb").resolve("sensitive_word_allow.txt");
                if (Files.isRegularFile(allow)) {
                    Files.readAllLines(allow, StandardCharsets.UTF_8).stream().map(String::trim)
                            .filter(s -> !s.isEmpty()).forEach(allowed::add);
                }
            }
            allowed.forEach(terms::remove);
            return new SafetyLexicon(terms, allowed, readPairRules(), !haveData);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read safety lexicons", e);
        }
    }

    private static void add(Map<String, SafetyCategory> terms, String raw, SafetyCategory category) {
        String w = raw.strip().toLowerCase();
        if (w.codePointCount(0, w.length()) >= 2 && !w.startsWith("#")) {
            terms.putIfAbsent(w, category);
        }
    }

    static List<String> resourceLines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = SafetyLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<PairRule> readPairRules() throws IOException {
        try (InputStream in = SafetyLexicon.class.getResourceAsStream("/safety/pair_rules.yaml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<PairRule> out = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("rules")) {
                out.add(new PairRule(String.valueOf(r.get("name")),
                        ((List<Object>) r.get("query")).stream().map(String::valueOf).toList(),
                        ((List<Object>) r.get("reply")).stream().map(String::valueOf).toList()));
            }
            return out;
        }
    }

    public Map<String, SafetyCategory> terms() {
        return terms;
    }

    public Set<String> allowed() {
        return allowed;
    }

    public List<PairRule> pairRules() {
        return pairRules;
    }

    /** True when no data dir was found and the library's bundled dictionary should be used too. */
    public boolean usesLibraryDictionary() {
        return libraryDictionary;
    }
}
