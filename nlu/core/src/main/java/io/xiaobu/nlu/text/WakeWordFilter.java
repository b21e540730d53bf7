package io.xiaobu.nlu.text;

import io.xiaobu.nlu.NormalizedText;

import java.util.Comparator;
import java.util.List;

/**
 * Removes the assistant's name when the user says it before the request and the recogniser kept it: "小布小布
 * 现在几点" asks the time (it was a song called 小布小布). The doubled name is always a call; the name said once is
 * removed before a pause ("小布，打开微信") or before a request of at least {@value #MIN_REQUEST} characters ("小布帮我开灯"),
 * and kept in short phrases that speak to the assistant by name ("小布真好", "小布你好"). A text that is only the name is
 * left as it is: calling the assistant is itself something to answer.
 */
public final class WakeWordFilter implements TextFilter {

    /** The shortest request after the name said once for the name to be a call rather than part of the phrase. */
    static final int MIN_REQUEST = 4;

    private final List<String> doubled;
    private final List<String> single;

    /** @param doubled names removed whenever a request follows; @param single names removed before a pause or a request */
    public WakeWordFilter(List<String> doubled, List<String> single) {
        this.doubled = longestFirst(doubled);
        this.single = longestFirst(single);
    }

    /** 小布's own names. */
    public static WakeWordFilter xiaobu() {
        return new WakeWordFilter(List.of("小布小布", "嘿小布", "hi小布"), List.of("小布"));
    }

    @Override
    public NormalizedText apply(NormalizedText in) {
        String t = in.text();
        int start = leadingPauses(t, 0);
        int cut = -1;
        for (String w : doubled) {
            if (t.startsWith(w, start)) {
                cut = start + w.length();
                break;
            }
        }
        boolean paused = false;
        if (cut < 0) {
            for (String w : single) {
                if (t.startsWith(w, start)) {
                    int after = start + w.length();
                    paused = after < t.length() && FillerFilter.isPause(t.charAt(after));
                    int rest = t.length() - leadingPauses(t, after);
                    if (paused || rest >= MIN_REQUEST) cut = after;
                    break;
                }
            }
        }
        if (cut < 0) return in;
        int from = leadingPauses(t, cut);
        if (from >= t.length()) return in; // only the name: a call, answered as such
        MappedTextBuilder out = new MappedTextBuilder(t.length() - from);
        for (int i = from; i < t.length(); i++) out.copy(in, i);
        return out.build(in.original());
    }

    @Override
    public String name() {
        return "wake-word";
    }

    private static int leadingPauses(String t, int i) {
        while (i < t.length() && FillerFilter.isPause(t.charAt(i))) i++;
        return i;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
