package io.xiaobu.kg.link;

import io.xiaobu.kg.model.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knowledge-dependent routing: in a play/open request, what the object links to decides the domain
 * ("帮我放个原子弹": a song → music). When the object is both a song and a film and the words do not
 * say which, the decision is {@link Domain#ASK}.
 */
public final class KnowledgeRouter {

    /** Where a play/open request goes. */
    public enum Domain { MUSIC, VIDEO, APP, ASK, NONE }

    /**
     * The routing decision.
     *
     * @param domain  the domain, {@link Domain#NONE} when the utterance is not a play/open request or
     *                its object links to nothing playable
     * @param link    the object's link (absent for NONE)
     * @param reason  a short English explanation for traces
     */
    public record Route(Domain domain, Optional<EntityLink> link, String reason) {}

    private static final Pattern PLAY = Pattern.compile("(播放|放一?[首个部下]?|来一?[首个部]|听一?[首个下]?|唱一?[首个]|看一?[部个下集]?|打开|启动|开一?下|进入)");
    private static final List<String> MUSIC_WORDS = List.of("听", "唱", "首", "歌", "音乐", "曲");
    private static final List<String> VIDEO_WORDS = List.of("看", "部", "电影", "影片", "电视剧", "集");
    private static final List<String> OPEN_WORDS = List.of("打开", "启动", "开一下", "开下", "进入");

    public Route route(LinkResult result) {
        String text = result.text();
        Matcher m = PLAY.matcher(text);
        if (!m.find()) return new Route(Domain.NONE, Optional.empty(), "no play/open verb");
        int verbEnd = m.end();
        EntityLink object = null;
        for (EntityLink l : result.links()) {
            if (l.start() >= m.start() && playable(l) && (object == null || preferred(l, object))) object = l;
        }
        if (object == null) return new Route(Domain.NONE, Optional.empty(), "play/open verb but no playable entity after it");
        String context = text.substring(0, object.start()) + " " + text.substring(Math.min(object.end(), text.length()));
        boolean music = MUSIC_WORDS.stream().anyMatch(context::contains);
        boolean video = VIDEO_WORDS.stream().anyMatch(context::contains);
        boolean open = OPEN_WORDS.stream().anyMatch(context::contains);
        boolean song = object.couldBe(EntityType.SONG) || object.type() == EntityType.PERSON;
        boolean film = object.couldBe(EntityType.FILM) || object.couldBe(EntityType.TV);
        if (object.type() == EntityType.APP && (open || !song && !film)) {
            return new Route(Domain.APP, Optional.of(object), "object links to an app");
        }
        if (song && film) {
            if (music && !video) return new Route(Domain.MUSIC, Optional.of(object), "song and film; music words decide");
            if (video && !music) return new Route(Domain.VIDEO, Optional.of(object), "song and film; video words decide");
            return new Route(Domain.ASK, Optional.of(object), "object is both a song and a film; ask which");
        }
        if (song) return new Route(Domain.MUSIC, Optional.of(object), "object links to a " + object.type().name().toLowerCase());
        if (film) return new Route(Domain.VIDEO, Optional.of(object), "object links to a " + object.type().name().toLowerCase());
        return new Route(Domain.NONE, Optional.empty(), "verb end " + verbEnd + ": nothing playable");
    }

    /** A work (song, film, app) beats a person; otherwise the higher score wins. */
    private static boolean preferred(EntityLink a, EntityLink b) {
        boolean aWork = a.type() != EntityType.PERSON;
        boolean bWork = b.type() != EntityType.PERSON;
        return aWork != bWork ? aWork : a.score() > b.score();
    }

    private static boolean playable(EntityLink l) {
        return switch (l.type()) {
            case SONG, FILM, TV, APP -> true;
            case PERSON -> true;
            default -> l.couldBe(EntityType.SONG) || l.couldBe(EntityType.FILM);
        };
    }
}
