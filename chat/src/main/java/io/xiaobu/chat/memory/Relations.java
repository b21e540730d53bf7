package io.xiaobu.chat.memory;

import java.util.Map;

/** Family relation words and their canonical form (媳妇 → 老婆), so that later questions find the same key. */
final class Relations {

    static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("老婆", "老婆"), Map.entry("妻子", "老婆"), Map.entry("媳妇", "老婆"), Map.entry("太太", "老婆"),
            Map.entry("爱人", "老婆"), Map.entry("老公", "老公"), Map.entry("丈夫", "老公"), Map.entry("先生", "老公"),
            Map.entry("爸爸", "爸爸"), Map.entry("父亲", "爸爸"), Map.entry("老爸", "爸爸"), Map.entry("爸", "爸爸"),
            Map.entry("妈妈", "妈妈"), Map.entry("母亲", "妈妈"), Map.entry("老妈", "妈妈"), Map.entry("妈", "妈妈"),
            Map.entry("儿子", "儿子"), Map.entry("女儿", "女儿"), Map.entry("哥哥", "哥哥"), Map.entry("姐姐", "姐姐"),
            Map.entry("弟弟", "弟弟"), Map.entry("妹妹", "妹妹"), Map.entry("爷爷", "爷爷"), Map.entry("奶奶", "奶奶"),
            Map.entry("外公", "外公"), Map.entry("外婆", "外婆"), Map.entry("姥爷", "外公"), Map.entry("姥姥", "外婆"),
            Map.entry("男朋友", "男朋友"), Map.entry("女朋友", "女朋友"));

    /** Alternation for regexes, longest first so that 老爸 wins over 爸. */
    static final String PATTERN = CANONICAL.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).reduce((a, b) -> a + "|" + b).orElseThrow();

    private Relations() {
    }

    static String canonical(String word) {
        return CANONICAL.getOrDefault(word, word);
    }
}
