/** The dialogue layer: the turn pipeline, its stages, sessions and the fusion ranker. */
package io.xiaobu.dialog;
