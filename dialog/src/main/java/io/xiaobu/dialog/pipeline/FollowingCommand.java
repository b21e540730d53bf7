package io.xiaobu.dialog.pipeline;

import io.xiaobu.nlu.Understanding;

/**
 * A command said after another in the same utterance.
 *
 * @param words         the command's own words ("打开蓝牙" of "关掉WiFi然后打开蓝牙"; "打开WiFi" of "打开蓝牙和WiFi")
 * @param understanding what the grammar made of them
 */
public record FollowingCommand(String words, Understanding understanding) {
}
