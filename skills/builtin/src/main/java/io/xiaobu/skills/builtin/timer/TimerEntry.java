package io.xiaobu.skills.builtin.timer;

/**
 * A running countdown.
 *
 * @param id      stable id sent in directives
 * @param label   what it is for, or {@code null}
 * @param endsAt  ISO-8601 instant when it rings
 * @param seconds its length
 */
public record TimerEntry(String id, String label, String endsAt, long seconds) {
}
