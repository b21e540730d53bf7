package io.xiaobu.skills.sdk.runtime;

/**
 * Dialogue limits of the runtime.
 *
 * @param maxPrompts        how often the same slot or confirmation is asked before giving up
 * @param inheritFollowUps  whether a turn without an intent continues the skill's last intent ("再加一个八点的")
 * @param maxSlotChars      slot values longer than this are dropped (treated as not given)
 * @param maxUtteranceChars utterances are cut to this length before handlers see them
 */
public record RuntimeConfig(int maxPrompts, boolean inheritFollowUps, int maxSlotChars, int maxUtteranceChars) {

    public static RuntimeConfig defaults() {
        return new RuntimeConfig(3, true, 256, 1000);
    }
}
