package io.xiaobu.chat.memory;

import io.xiaobu.chat.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a user states about themselves in one utterance (rules, in order; an utterance can state
 * several facts, e.g. a relative's name and phone). Questions and forget requests are not statements:
 * {@link MemoryIntents} is asked first by {@link MemoryService}.
 */
public final class MemoryExtractor {

    private static final String END = "[。！!,，.？?~～呀啊呢哦了吧哈]*$";
    private static final String VALUE = "([\\p{IsHan}A-Za-z0-9·\\- ]{1,20}?)";
    private static final Pattern HOME = Pattern.compile("我(?:现在|目前)?(?:住在|家住在?|家在|住)" + VALUE + END);
    /** "我现在在X" only with an activity after X or a place suffix on X: "我现在在吃饭" is not a location. */
    private static final Pattern LOCATION = Pattern.compile(
            "我(?:现在|目前|这几天|最近|今天)?(?:人)?在(?:(" + "[\\p{IsHan}A-Za-z]{1,12}?" + ")(?:出差|旅游|旅行|玩|上班|工作|上学|读书|度假)"
            + "|([\\p{IsHan}]{1,10}?[市省县区镇村州]))" + END);
    private static final Pattern NAME = Pattern.compile("(?:我叫|我的名字(?:是|叫)|叫我|我的名字:)" + VALUE + END);
    private static final Pattern BIRTHDAY = Pattern.compile("我的?生日(?:是|在)" + VALUE + END);
    private static final Pattern BIRTHDAY_BEFORE = Pattern.compile("^" + VALUE + "是我的?生日" + END);
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "((?:我和|我跟|我们|我)?[\\p{IsHan}]{0,6}?)的?((?:结婚|恋爱|相识|订婚)?纪念日)(?:是|在)" + VALUE + END);
    private static final Pattern ANNIVERSARY_BEFORE = Pattern.compile(
            "^" + VALUE + "是((?:我和|我跟|我们|我)?[\\p{IsHan}]{0,6}?)的?((?:结婚|恋爱|相识|订婚)?纪念日)" + END);
    private static final Pattern LIKE = Pattern.compile("我(?:很|最|特别|超级?|非常|真的)?(不)?(?:喜欢|爱听|爱吃|爱看)" + VALUE + END);
    private static final Pattern FAMILY_NAME = Pattern.compile(
            "我的?(" + Relations.PATTERN + ")(?:叫|的名字是|名字叫|是)([\\p{IsHan}A-Za-z·]{1,8}?)(?=[,，。！!的]|电话|手机|号码|$)");
    private static final Pattern FAMILY_PHONE = Pattern.compile(
            "我?的?(" + Relations.PATTERN + ")(?:[^0-9]{0,10}?)(?:的)?(?:电话|手机号码|手机号|手机|号码)(?:号码)?(?:是|:)?(\\+?[0-9][0-9\\- ]{4,18}[0-9])");
    private static final Pattern QUESTION_WORD = Pattern.compile("哪|什么|几|多少|谁|吗|怎么|啥");

    /** Every fact the utterance states; empty when it states none. Never throws. */
    public List<MemoryFact> extract(String text) {
        String t = Texts.clean(text).replace(" ", "");
        List<MemoryFact> out = new ArrayList<>();
        if (t.isEmpty() || !t.contains("我")) {
            if (!t.isEmpty()) {
                single(BIRTHDAY_BEFORE, t, MemoryKind.BIRTHDAY, out);
                anniversary(t, out);
            }
            return out;
        }
        familyFacts(t, out);
        if (!out.isEmpty()) {
            return out;
        }
        if (anniversary(t, out)) {
            return out;
        }
        if (single(BIRTHDAY, t, MemoryKind.BIRTHDAY, out) || single(BIRTHDAY_BEFORE, t, MemoryKind.BIRTHDAY, out)
                || single(NAME, t, MemoryKind.NAME, out) || location(t, out) || single(HOME, t, MemoryKind.HOME, out)) {
            return out;
        }
        Matcher like = LIKE.matcher(t);
        if (like.find() && acceptable(like.group(2))) {
            out.add(new MemoryFact(MemoryKind.PREFERENCE, like.group(2), like.group(1) == null ? "喜欢" : "不喜欢", ""));
        }
        return out;
    }

    private static boolean single(Pattern p, String t, MemoryKind kind, List<MemoryFact> out) {
        Matcher m = p.matcher(t);
        if (m.find() && acceptable(m.group(1))) {
            out.add(new MemoryFact(kind, "self", m.group(1).trim(), ""));
            return true;
        }
        return false;
    }

    private static boolean location(String t, List<MemoryFact> out) {
        Matcher m = LOCATION.matcher(t);
        if (!m.find()) {
            return false;
        }
        String place = m.group(1) != null ? m.group(1) : m.group(2);
        if (!acceptable(place)) {
            return false;
        }
        out.add(new MemoryFact(MemoryKind.LOCATION, "self", place, ""));
        return true;
    }

    private static boolean anniversary(String t, List<MemoryFact> out) {
        Matcher m = ANNIVERSARY.matcher(t);
        String whose;
        String which;
        String value;
        if (m.find()) {
            whose = m.group(1);
            which = m.group(2);
            value = m.group(3);
        } else {
            m = ANNIVERSARY_BEFORE.matcher(t);
            if (!m.find()) {
                return false;
            }
            value = m.group(1);
            whose = m.group(2);
            which = m.group(3);
        }
        if (!acceptable(value)) {
            return false;
        }
        out.add(new MemoryFact(MemoryKind.ANNIVERSARY, subjectOf(whose, which), value, ""));
        return true;
    }

    /** "我和老婆" + "结婚纪念日" → "我和老婆的结婚纪念日"; a bare "我们"/"我" keeps just the anniversary name. */
    static String subjectOf(String whose, String which) {
        String w = whose == null ? "" : whose.replaceAll("^的|的$", "");
        if (w.isEmpty() || w.equals("我") || w.equals("我们")) {
            return which;
        }
        return w + "的" + which;
    }

    private static void familyFacts(String t, List<MemoryFact> out) {
        Matcher name = FAMILY_NAME.matcher(t);
        Matcher phone = FAMILY_PHONE.matcher(t);
        String relation = null;
        String who = "";
        String number = "";
        if (name.find() && acceptable(name.group(2)) && !Relations.CANONICAL.containsKey(name.group(2))) {
            relation = Relations.canonical(name.group(1));
            who = name.group(2);
        }
        if (phone.find()) {
            String rel = Relations.canonical(phone.group(1));
            if (relation == null || relation.equals(rel)) {
                relation = rel;
                number = phone.group(2).replaceAll("[\\- ]", "");
            }
        }
        if (relation != null) {
            out.add(new MemoryFact(MemoryKind.FAMILY, relation, who, number));
        }
    }

    private static boolean acceptable(String value) {
        return value != null && !value.isBlank() && !QUESTION_WORD.matcher(value).find();
    }
}
