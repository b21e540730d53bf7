package io.xiaobu.kg.qa;

import io.xiaobu.kg.model.EntityType;
import io.xiaobu.kg.qa.KbqaAnswer.Status;
import io.xiaobu.kg.qa.KbqaEngine.Subject;
import io.xiaobu.kg.store.GraphReader;
import io.xiaobu.kg.store.GraphReader.Edge;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "ranked films of a person" shape: "周星驰主演的电影里评分最高的是哪部", "张艺谋导演的最早的电影".
 * The role words pick the relation, the superlative picks property and order.
 */
final class SuperlativeShape {

    private static final Pattern SUPERLATIVE = Pattern.compile("最(高|低|好|差|早|晚|新|老|近)");
    private static final Pattern FILM_WORD = Pattern.compile("电影|影片|片子|作品|部");

    private final GraphReader reader;

    SuperlativeShape(GraphReader reader) {
        this.reader = reader;
    }

    /** The answer, or null when the question does not have this shape. */
    KbqaAnswer tryAnswer(String q, List<Subject> subjects) {
        Matcher sup = SUPERLATIVE.matcher(q);
        if (!sup.find() || !FILM_WORD.matcher(q).find()) return null;
        String word = sup.group(1);
        boolean byRating = "高低好差".contains(word);
        String property = byRating ? "rating" : "year";
        boolean descending = "高好晚新近".contains(word);
        List<String> roles = q.contains("导演") || q.contains("执导") || q.contains("导的") ? List.of("导演") : List.of("主演", "参演");
        for (Subject s : subjects) {
            if (!KbqaEngine.isType(s, EntityType.PERSON)) continue;
            List<Edge> top = reader.ranked(s.id(), roles, EntityType.FILM, property, descending, 1);
            if (top.isEmpty()) continue;
            String film = top.get(0).objectName();
            String what = (byRating ? "评分" : "上映") + "最" + word;
            return new KbqaAnswer(Status.ANSWERED, s.name() + String.join("/", roles) + "的电影里" + what + "的是《" + film + "》。",
                    List.of(film), s.id(), s.name(), List.of(roles.get(0), property), "superlative", 0.9);
        }
        return null;
    }
}
