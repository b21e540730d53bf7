package io.xiaobu.chat.safety;

/** Why a text or pair was judged unsafe; {@link #NONE} when it was not. */
public enum SafetyCategory {
    NONE, ABUSE, SELF_HARM, SEXUAL, VIOLENCE, POLITICAL, ILLEGAL, SENSITIVE, HARMFUL_PAIR
}
