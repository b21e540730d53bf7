/** The turn pipeline: one class lists the stages in order; stages share a per-turn context. */
package io.xiaobu.dialog.pipeline;
