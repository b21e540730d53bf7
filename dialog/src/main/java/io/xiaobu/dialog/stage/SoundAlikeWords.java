package io.xiaobu.dialog.stage;

import io.xiaobu.kg.text.Pinyin;
import io.xiaobu.nlu.NormalizedText;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the skills' closed value lists (蓝牙, 无线网, 手电筒 …) by their toneless pinyin, to read an
 * utterance the way it sounds: a speech recogniser that writes 打开篮牙 heard 打开蓝牙. {@link #respell} puts
 * each list word in place of other characters with exactly its sound, so that the grammar can match what was
 * meant. A respelling never changes the length of the text: every span keeps its place in what was said.
 * Thread-safe once built.
 */
public final class SoundAlikeWords {

    /** Shortest and longest list word looked for (one character sounds like far too many others). */
    static final int MIN_LENGTH = 2, MAX_LENGTH = 8;

    private static final SoundAlikeWords NONE = new SoundAlikeWords(Map.of());

    /** Toneless pinyin → the one list word with that sound (sounds shared by two different words are left out). */
    private final Map<String, String> bySound;

    private SoundAlikeWords(Map<String, String> bySound) {
        this.bySound = Map.copyOf(bySound);
    }

    /** Nothing to respell with. */
    public static SoundAlikeWords none() {
        return NONE;
    }

    /** Indexes the Chinese words among {@code words} (2 to 8 characters); a sound two different words share is dropped. */
    public static SoundAlikeWords of(Collection<String> words) {
        Map<String, String> bySound = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String w : words) {
            if (w == null || w.length() < MIN_LENGTH || w.length() > MAX_LENGTH || !w.chars().allMatch(SoundAlikeWords::isHan)) continue;
            String sound = Pinyin.plainOf(w);
            String before = bySound.putIfAbsent(sound, w);
            if (before != null && !before.equals(w)) shared.add(sound);
        }
        shared.forEach(bySound::remove);
        return new SoundAlikeWords(bySound);
    }

    public int size() {
        return bySound.size();
    }

    /**
     * The text with list words put in place of the characters that sound exactly like them (longest first,
     * left to right), or empty when nothing changed. Offsets into the original request stay as they were.
     */
    public Optional<NormalizedText> respell(NormalizedText said) {
        String text = said.text();
        if (bySound.isEmpty() || text.length() < MIN_LENGTH) return Optional.empty();
        // each character's syllable once ("" for a character that is not Chinese: no word spans it)
        String[] syllables = new String[text.length()];
        for (int k = 0; k < text.length(); k++) {
            syllables[k] = isHan(text.charAt(k)) ? Pinyin.plainOf(text.substring(k, k + 1)) : "";
        }
        StringBuilder out = new StringBuilder(text);
        boolean changed = false;
        int i = 0;
        while (i < text.length()) {
            int step = 1;
            int han = 0;
            while (i + han < text.length() && han < MAX_LENGTH && !syllables[i + han].isEmpty()) han++;
            for (int len = han; len >= MIN_LENGTH; len--) {
                String word = bySound.get(String.join(" ", java.util.Arrays.asList(syllables).subList(i, i + len)));
                if (word == null) continue;
                if (!word.contentEquals(text.subSequence(i, i + len))) {
                    out.replace(i, i + len, word);
                    changed = true;
                }
                step = len;
                break;
            }
            i += step;
        }
        return changed ? Optional.of(new NormalizedText(said.original(), out.toString(), said.offsets())) : Optional.empty();
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
