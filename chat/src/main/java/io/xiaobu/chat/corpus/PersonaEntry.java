package io.xiaobu.chat.corpus;

import java.util.List;

/** One persona/FAQ entry: the ways users ask it and the interchangeable answers 小布 gives. */
public record PersonaEntry(String id, String category, List<String> questions, List<String> answers) {

    public PersonaEntry {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
    }
}
