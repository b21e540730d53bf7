/** Speed benchmark of the normaliser over a realistic set of voice-assistant utterances. */
package io.xiaobu.time.bench;
