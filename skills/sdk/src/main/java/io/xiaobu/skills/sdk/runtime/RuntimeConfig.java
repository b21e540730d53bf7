package io.xiaobu.skills.sdk.runtime;

/**
 * Dialogue limits of the runtime.
 *
 * @param maxPrompts        how often the same slot or confirmation is asked before giving up
 * @param inheritFollowUps  whether a turn without an intent continues the skill's last intent ("再加一个八点的")
 */
public record RuntimeConfig(int maxPrompts, boolean inheritFollowUps) {

    public static RuntimeConfig defaults() {
        return new RuntimeConfig(3, true);
    }
}
