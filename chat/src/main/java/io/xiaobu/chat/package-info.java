/** Open-domain chat: the {@link io.xiaobu.chat.ChatEngine} facade over persona, retrieval, memory and safety. */
package io.xiaobu.chat;
