package io.xiaobu.skills.builtin.media;

import io.xiaobu.skills.builtin.common.Words;
import io.xiaobu.skills.builtin.common.IntentRouter;
import io.xiaobu.skills.sdk.Directive;
import io.xiaobu.skills.sdk.Phrases;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;

import java.util.Map;

/**
 * Turns media requests into {@code media.play} directives carrying the linked entities (title,
 * artist, entity ids); the device's content service does the actual streaming. Video and TV are
 * refused on devices without a screen.
 */
public final class MediaSkill extends IntentRouter {

    private static final Map<String, String> KIND_NAMES = Map.of("joke", "笑话", "crosstalk", "相声", "story", "故事",
            "riddle", "谜语", "children_song", "儿歌", "animal_sound", "动物叫声", "classics", "国学经典");
    private static final Map<String, String> ACTIONS = Map.of("pause", "已暂停。", "resume", "继续播放。", "next", "好的，下一个。",
            "previous", "好的，上一个。", "replay", "从头开始播放。", "loop_one", "已切换到单曲循环。", "favorite", "已收藏这首歌。");

    public MediaSkill() {
        on("music.play", this::music);
        on("media.control", this::control);
        on("video.play", this::video);
        on("radio.play", this::radio);
        on("tv.play", this::tv);
        on("poetry.play", this::poetry);
        on("novel.play", this::novel);
        on("content.play", this::content);
    }

    private static Directive play(String type, SkillRequest r, String... slotNames) {
        Directive d = Directive.of("media.play").with("mediaType", type);
        for (String s : slotNames) {
            SlotValue v = r.slot(s).orElse(null);
            if (v == null) continue;
            d = d.with(s, v.normalized());
            if (v.entityId() != null) d = d.with(s + "EntityId", v.entityId());
        }
        return d;
    }

    private SkillResponse music(SkillRequest r) {
        String song = r.value("song"), singer = r.value("singer"), genre = r.value("genre");
        String what = song != null ? (singer != null ? singer + "的" : "") + song
                : singer != null ? singer + "的歌" : genre != null ? genre + (genre.matches(".*(歌|曲|乐)") ? "" : "音乐") : "音乐";
        if (song != null && r.utterance().contains("谁唱")) {
            return SkillResponse.builder().say("为你搜索" + song + "。").directive(play("music", r, "song", "singer").with("action", "search")).build();
        }
        return SkillResponse.builder().say(Phrases.pick(r, "music", "为你播放" + what + "。", "好的，来听" + what + "。", "马上播放" + what + "。"))
                .brief("播放" + what).directive(play("music", r, "song", "singer", "genre")).build();
    }

    /** The control the words ask for when no slot named it; stopping is the default ("不听了", "暂停一下"). */
    static String actionSaid(String u) {
        if (Words.any(u, "收藏", "喜欢这首")) return "favorite";
        if (Words.any(u, "单曲循环", "循环播放")) return "loop_one";
        if (Words.any(u, "重新播放", "从头", "再放一遍", "重播")) return "replay";
        if (Words.any(u, "下一", "切歌", "换一", "换台", "换首", "这首", "不好听")) return "next"; // 不要这首, 这首不好听
        if (Words.any(u, "上一")) return "previous";
        if (Words.any(u, "继续", "接着")) return "resume";
        return "pause";
    }

    private SkillResponse control(SkillRequest r) {
        String action = r.value("action");
        if (action == null) action = actionSaid(r.utterance());
        return SkillResponse.builder().say(ACTIONS.getOrDefault(action, "好的。")).directive(Directive.of("media.control").with("action", action)).build();
    }

    private SkillResponse video(SkillRequest r) {
        if (!r.device().hasScreen()) return SkillResponse.builder().unsupported("这台设备没有屏幕，没法看视频哦，可以在手机或电视上看。").build();
        String what = r.has("film") ? "《" + r.value("film") + "》" + (r.has("episode") ? "第" + r.value("episode") + "集" : "")
                : (r.has("artist") ? r.value("artist") + "的" : "") + (r.has("category") ? r.value("category")
                : r.has("video_kind") ? r.value("video_kind") : "视频");
        return SkillResponse.builder().say(Phrases.pick(r, "video", "为你播放" + what + "。", "好的，马上为你打开" + what + "。"))
                .directive(play("video", r, "film", "category", "video_kind", "artist", "episode")).build();
    }

    private SkillResponse radio(SkillRequest r) {
        String what = r.has("station") ? r.value("station") : r.has("frequency") ? "调频" + r.value("frequency") : "电台";
        return SkillResponse.builder().say("为你打开" + what + "。").directive(play("radio", r, "station", "frequency")).build();
    }

    private SkillResponse tv(SkillRequest r) {
        if (!r.device().hasScreen()) return SkillResponse.builder().unsupported("这台设备没有屏幕，没法看电视哦。").build();
        String what = r.has("channel") ? r.value("channel") : "电视直播";
        return SkillResponse.builder().say("正在切换到" + what + "。").directive(play("tv", r, "channel")).build();
    }

    private SkillResponse poetry(SkillRequest r) {
        String what = r.has("poem") ? "《" + r.value("poem") + "》" : r.has("poet") ? r.value("poet") + "的诗" : r.has("dynasty") ? r.value("dynasty") + "的诗" : "一首古诗";
        return SkillResponse.builder().say(Phrases.pick(r, "poem", "为你朗诵" + what + "。", "好的，来听" + what + "。"))
                .directive(play("poem", r, "poem", "poet", "dynasty")).build();
    }

    private SkillResponse novel(SkillRequest r) {
        String what = r.has("novel") ? "《" + r.value("novel") + "》" : r.has("author") ? r.value("author") + "的小说" : r.has("category") ? r.value("category") + "小说" : "有声小说";
        return SkillResponse.builder().say("为你播放" + what + "。").directive(play("novel", r, "novel", "author", "category")).build();
    }

    private SkillResponse content(SkillRequest r) {
        String kind = r.has("kind") ? r.value("kind") : r.utterance().contains("叫") ? "animal_sound" : "joke";
        String name = KIND_NAMES.getOrDefault(kind, kind);
        String what = (r.has("performer") ? r.value("performer") + "的" : "") + (r.has("topic") ? r.value("topic") + "的" : "") + name;
        return SkillResponse.builder().say(Phrases.pick(r, "content", "好的，来听" + what + "。", "为你播放" + what + "。"))
                .directive(play(kind, r, "topic", "performer")).build();
    }
}
