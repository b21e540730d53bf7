package io.xiaobu.skills.builtin.common;

/**
 * Something at a point in time that a user keeps: a reminder or a calendar event.
 *
 * @param id    stable id, sent in directives
 * @param at    ISO-8601 offset date-time
 * @param title  what it is about, as the user said it
 * @param repeat an RFC 5545 rule when it comes back ({@code FREQ=WEEKLY;BYDAY=MO;…}; {@code at} is then its next
 *               time), else {@code null}
 */
public record TimedEntry(String id, String at, String title, String repeat) {

    public TimedEntry(String id, String at, String title) {
        this(id, at, title, null);
    }

    /** Whether the title mentions the words the user used to refer to it ("开会" matches "下午开会"). */
    public boolean matches(String words) {
        if (words == null || words.isBlank() || title == null) return false;
        String w = words.strip();
        return title.contains(w) || w.contains(title);
    }
}
