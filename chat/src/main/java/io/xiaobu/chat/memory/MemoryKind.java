package io.xiaobu.chat.memory;

/** What a remembered fact is about; the key prefix in the store is the enum name. */
public enum MemoryKind {
    /** Where the user lives (我住在…). */
    HOME,
    /** Where the user is now (我现在在…出差). */
    LOCATION,
    NAME,
    BIRTHDAY,
    /** An anniversary; the subject says which and whose (结婚纪念日, 我和老婆的恋爱纪念日). */
    ANNIVERSARY,
    /** Something the user likes or dislikes; the subject is the thing, the value 喜欢 or 不喜欢. */
    PREFERENCE,
    /** A family member; the subject is the relation (老婆), the value the name, plus a phone number. */
    FAMILY
}
