package io.xiaobu.chat.memory;

import io.xiaobu.chat.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises memory questions ("我生日是哪天") and forget requests ("忘掉我的生日"); rules, checked in order. */
public final class MemoryIntents {

    private static final Pattern NOT_FORGET = Pattern.compile("(别|不要|不许|千万别)(忘|删|清)");
    private static final Pattern FORGET_VERB = Pattern.compile("(忘掉|忘记|忘了|删除|删掉|清除|清空|抹掉|别再记)");
    private static final Pattern FORGET_ALL = Pattern.compile(
            "(一切|所有|全部|都忘|记忆|全都)|^(忘了我吧|忘掉我吧)");
    private static final Pattern RELATION = Pattern.compile("(" + Relations.PATTERN + ")");
    private static final Pattern ASK = Pattern.compile("哪|什么|几号|几月|多少|谁|吗|啥|记得");
    private static final Pattern ANNIVERSARY = Pattern.compile("((?:结婚|恋爱|相识|订婚)?纪念日)");
    private static final Pattern ASK_ALL = Pattern.compile("你(都|还)?(记得|记住|知道)(了)?(关于)?我(的)?(什么|哪些|些什么|啥)");

    /** The memory intent of the utterance, if it has one. Never throws. */
    public Optional<MemoryIntent> classify(String text) {
        String t = Texts.clean(text).replace(" ", "");
        if (t.isEmpty() || !t.contains("我")) {
            return Optional.empty();
        }
        if (FORGET_VERB.matcher(t).find() && !NOT_FORGET.matcher(t).find()) {
            return forget(t);
        }
        if (ASK_ALL.matcher(t).find()) {
            return Optional.of(new MemoryIntent.AskAll());
        }
        if (!ASK.matcher(t).find()) {
            return Optional.empty();
        }
        return ask(t);
    }

    private static Optional<MemoryIntent> forget(String t) {
        if (FORGET_ALL.matcher(t).find()) {
            return Optional.of(new MemoryIntent.ForgetAll());
        }
        Matcher rel = RELATION.matcher(t);
        if (t.contains("生日")) {
            return Optional.of(new MemoryIntent.Forget(MemoryKind.BIRTHDAY.name(), "你的生日"));
        }
        if (t.contains("纪念日")) {
            return Optional.of(new MemoryIntent.Forget(MemoryKind.ANNIVERSARY.name(), "纪念日"));
        }
        if (rel.find()) {
            String r = Relations.canonical(rel.group(1));
            return Optional.of(new MemoryIntent.Forget(MemoryKind.FAMILY.name() + ":" + r, "你" + r + "的信息"));
        }
        if (t.matches(".*(住在|住哪|住址|地址|家在|住的地方).*")) {
            return Optional.of(new MemoryIntent.Forget(MemoryKind.HOME.name(), "你住的地方"));
        }
        if (t.matches(".*(位置|在哪).*")) {
            return Optional.of(new MemoryIntent.Forget(MemoryKind.LOCATION.name(), "你在哪里"));
        }
        if (t.contains("名字")) {
            return Optional.of(new MemoryIntent.Forget(MemoryKind.NAME.name(), "你的名字"));
        }
        if (t.matches(".*(喜欢|爱好|偏好).*")) {
            return Optional.of(new MemoryIntent.Forget(MemoryKind.PREFERENCE.name(), "你的喜好"));
        }
        if (t.matches(".*关于我.*")) {
            return Optional.of(new MemoryIntent.ForgetAll());
        }
        return Optional.empty();
    }

    private static Optional<MemoryIntent> ask(String t) {
        Matcher rel = Pattern.compile("我的?(" + Relations.PATTERN + ")").matcher(t);
        if (rel.find()) {
            boolean phone = t.matches(".*(电话|手机|号码).*");
            return Optional.of(new MemoryIntent.Ask(MemoryKind.FAMILY, Relations.canonical(rel.group(1)), phone));
        }
        Matcher ann = ANNIVERSARY.matcher(t);
        if (ann.find() && t.contains("我")) {
            return Optional.of(new MemoryIntent.Ask(MemoryKind.ANNIVERSARY, ann.group(1), false));
        }
        if (t.matches(".*我的?生日.*|.*我(什么时候|哪天)(过)?生日.*")) {
            return Optional.of(new MemoryIntent.Ask(MemoryKind.BIRTHDAY, null, false));
        }
        if (t.matches(".*我(家)?(住|住在)(哪|什么地方).*|.*我家在哪.*|.*我的(住址|地址)是?(哪|什么).*")) {
            return Optional.of(new MemoryIntent.Ask(MemoryKind.HOME, null, false));
        }
        if (t.matches(".*我(现在)?在哪.*")) {
            return Optional.of(new MemoryIntent.Ask(MemoryKind.LOCATION, null, false));
        }
        if (t.matches(".*我叫(什么|啥).*|.*我的名字.*|^我是谁.*")) {
            return Optional.of(new MemoryIntent.Ask(MemoryKind.NAME, null, false));
        }
        if (t.matches(".*我(最)?喜欢(什么|谁|啥|哪).*|.*我的(爱好|喜好).*")) {
            return Optional.of(new MemoryIntent.Ask(MemoryKind.PREFERENCE, null, false));
        }
        return Optional.empty();
    }
}
