package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Words around a mention that make one entity type more likely ("听" for a song, "电影" for a film,
 * "打开" for an app). The defaults are the project's; callers may pass their own.
 */
public final class ContextCues {

    private final Map<EntityType, List<String>> cues;

    public ContextCues(Map<EntityType, List<String>> cues) {
        this.cues = new EnumMap<>(EntityType.class);
        cues.forEach((k, v) -> this.cues.put(k, List.copyOf(v)));
    }

    public static ContextCues defaults() {
        Map<EntityType, List<String>> m = new EnumMap<>(EntityType.class);
        m.put(EntityType.SONG, List.of("听", "歌", "唱", "首", "音乐", "曲", "专辑", "单曲", "播放"));
        m.put(EntityType.PERSON, List.of("唱", "的歌", "播放", "来一首", "听", "歌手", "演员", "导演", "主演", "是谁", "妻子", "老婆", "丈夫"));
        m.put(EntityType.FILM, List.of("看", "电影", "影片", "部", "上映", "主演", "导演", "票房", "评分"));
        m.put(EntityType.TV, List.of("看", "电视剧", "剧", "集", "追"));
        m.put(EntityType.APP, List.of("打开", "启动", "关闭", "下载", "卸载", "应用", "app", "软件"));
        m.put(EntityType.PLACE, List.of("天气", "去", "到", "导航", "在哪", "路线", "附近", "省", "市"));
        m.put(EntityType.POEM, List.of("背", "诗", "古诗", "朗诵", "下一句", "作者"));
        return new ContextCues(m);
    }

    /** For each type, the spans {@code [start, end)} of its cue words in {@code text}. */
    Map<EntityType, List<int[]>> find(String text) {
        Map<EntityType, List<int[]>> out = new EnumMap<>(EntityType.class);
        for (var e : cues.entrySet()) {
            List<int[]> spans = null;
            for (String cue : e.getValue()) {
                for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
                    if (spans == null) spans = new ArrayList<>(2);
                    spans.add(new int[] {i, i + cue.length()});
                }
            }
            if (spans != null) out.put(e.getKey(), spans);
        }
        return out;
    }

    /** True when a cue of the type occurs outside the mention {@code [start, end)}. */
    static boolean supports(Map<EntityType, List<int[]>> found, EntityType type, int start, int end) {
        List<int[]> spans = found.get(type);
        if (spans == null) return false;
        for (int[] s : spans) if (s[1] <= start || s[0] >= end) return true;
        return false;
    }
}
