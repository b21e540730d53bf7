/** Chat in the pipeline: persona, retrieval and memory answers, and the safety deflection. */
package io.xiaobu.dialog.chat;
