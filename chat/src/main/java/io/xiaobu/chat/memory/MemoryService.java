package io.xiaobu.chat.memory;

import io.xiaobu.kg.store.UserMemoryStore;
import io.xiaobu.kg.store.UserMemoryStore.StoredFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Per-user memory: stores what users state about themselves, answers questions about it, forgets on
 * request. Every call is scoped by the caller-supplied {@code userId}; the store never reads a fact
 * without it. Never throws on bad text; a blank user id means "no memory".
 */
public final class MemoryService {

    private final UserMemoryStore store;
    private final Clock clock;
    private final MemoryExtractor extractor = new MemoryExtractor();
    private final MemoryIntents intents = new MemoryIntents();

    public MemoryService(UserMemoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Handles a turn: forget request or question first, else stores stated facts. Empty when memory has nothing to say. */
    public Optional<MemoryReply> respond(String userId, String turnId, String text) {
        Optional<MemoryReply> answer = answer(userId, text);
        if (answer.isPresent()) {
            return answer;
        }
        List<MemoryFact> stored = observe(userId, turnId, text);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String said = stored.stream().map(MemoryService::describe).collect(Collectors.joining("，"));
        return Optional.of(new MemoryReply("好的，我记住了：" + said + "。", "remembered",
                stored.stream().map(MemoryFact::key).toList()));
    }

    /** Extracts and stores the facts the text states (family facts are merged with what is known). */
    public List<MemoryFact> observe(String userId, String turnId, String text) {
        if (userId == null || userId.isBlank()) {
            return List.of();
        }
        List<MemoryFact> out = new ArrayList<>();
        for (MemoryFact f : extractor.extract(text)) {
            MemoryFact merged = f;
            if (f.kind() == MemoryKind.FAMILY) {
                Optional<StoredFact> known = store.current(userId, f.key());
                if (known.isPresent()) {
                    merged = new MemoryFact(f.kind(), f.subject(), f.value().isEmpty() ? known.get().value() : f.value(),
                            f.phone().isEmpty() ? known.get().phone() : f.phone());
                }
            }
            store.remember(userId, merged.key(), merged.kind().name(), merged.subject(), merged.value(), merged.phone(),
                    clock.instant(), turnId);
            out.add(merged);
        }
        return out;
    }

    /** Answers a memory question or carries out a forget request. */
    public Optional<MemoryReply> answer(String userId, String text) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        Optional<MemoryIntent> intent = intents.classify(text);
        if (intent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (intent.get()) {
            case MemoryIntent.ForgetAll all -> {
                int n = store.forgetAll(userId);
                yield new MemoryReply(n > 0 ? "好的，我记住的关于你的一切都已经清除了。" : "我这里本来就没有记住关于你的事情。",
                        "forgot", List.of("*"));
            }
            case MemoryIntent.Forget f -> {
                int n = store.forget(userId, f.keyPrefix());
                yield new MemoryReply(n > 0 ? "好的，已经忘掉" + f.label() + "了。" : "我本来也没有记住" + f.label() + "。",
                        "forgot", List.of(f.keyPrefix()));
            }
            case MemoryIntent.AskAll a -> recallAll(userId);
            case MemoryIntent.Ask a -> recall(userId, a);
        });
    }

    /** The user's active fact of a kind and subject ({@code self} for personal facts), for skills. */
    public Optional<StoredFact> fact(String userId, MemoryKind kind, String subject) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return store.current(userId, kind.name() + ":" + subject);
    }

    /** Where the user is now, else where they live: the default city for weather and the like. */
    public Optional<String> defaultLocation(String userId) {
        return fact(userId, MemoryKind.LOCATION, "self").or(() -> fact(userId, MemoryKind.HOME, "self"))
                .map(StoredFact::value);
    }

    /** The remembered family member for a relation word (老婆, 媳妇, 妈 …), for "给我老婆打电话". */
    public Optional<StoredFact> contact(String userId, String relation) {
        return fact(userId, MemoryKind.FAMILY, Relations.canonical(relation));
    }

    /** A birthday greeting when the remembered (Gregorian) birthday is {@code today}; for the first turn of a day. */
    public Optional<String> birthdayGreeting(String userId, java.time.LocalDate today) {
        return fact(userId, MemoryKind.BIRTHDAY, "self")
                .flatMap(f -> MonthDays.parse(f.value()))
                .filter(md -> md.equals(java.time.MonthDay.from(today)))
                .map(md -> fact(userId, MemoryKind.NAME, "self").map(n -> n.value() + "，").orElse("") + "今天是你的生日，生日快乐！");
    }

    private MemoryReply recall(String userId, MemoryIntent.Ask a) {
        List<StoredFact> facts = store.currentFacts(userId).stream()
                .filter(f -> f.kind().equals(a.kind().name()))
                .filter(f -> a.subject() == null || f.subject().contains(a.subject()))
                .toList();
        if (a.kind() == MemoryKind.LOCATION && facts.isEmpty()) {
            facts = store.currentFacts(userId).stream().filter(f -> f.kind().equals(MemoryKind.HOME.name())).toList();
        }
        if (a.kind() == MemoryKind.PREFERENCE) {
            facts = facts.stream().filter(f -> f.value().equals("喜欢")).toList();
        }
        if (facts.isEmpty() || (a.phone() && facts.getFirst().phone().isEmpty())) {
            return new MemoryReply(unknown(a), "unknown", List.of(a.kind().name()));
        }
        List<String> keys = facts.stream().map(StoredFact::key).toList();
        StoredFact f = facts.getFirst();
        String text = switch (a.kind()) {
            case BIRTHDAY -> "你的生日是" + f.value() + "。";
            case HOME -> "你住在" + f.value() + "。";
            case LOCATION -> f.kind().equals(MemoryKind.HOME.name()) ? "你说过你住在" + f.value() + "。" : "你说过你现在在" + f.value() + "。";
            case NAME -> "你叫" + f.value() + "。";
            case ANNIVERSARY -> "你说过" + you(f.subject()) + "是" + f.value() + "。";
            case PREFERENCE -> "你说过你喜欢" + facts.stream().map(StoredFact::subject).collect(Collectors.joining("、")) + "。";
            case FAMILY -> a.phone() ? "你" + f.subject() + "的电话是" + f.phone() + "。"
                    : f.value().isEmpty() ? "你还没告诉我你" + f.subject() + "叫什么。" : "你" + f.subject() + "叫" + f.value() + "。";
        };
        return new MemoryReply(text, "recalled", keys);
    }

    private MemoryReply recallAll(String userId) {
        List<StoredFact> facts = store.currentFacts(userId);
        if (facts.isEmpty()) {
            return new MemoryReply("我还没有记住关于你的事情，你可以告诉我你的生日或者住在哪里。", "unknown", List.of());
        }
        String said = facts.stream().map(f -> describe(new MemoryFact(MemoryKind.valueOf(f.kind()), f.subject(), f.value(), f.phone())))
                .collect(Collectors.joining("；"));
        return new MemoryReply("我记得：" + said + "。", "recalled", facts.stream().map(StoredFact::key).toList());
    }

    private static String unknown(MemoryIntent.Ask a) {
        return switch (a.kind()) {
            case BIRTHDAY -> "你还没告诉过我你的生日呢。";
            case HOME, LOCATION -> "你还没告诉过我你住在哪里。";
            case NAME -> "你还没告诉过我你的名字。";
            case ANNIVERSARY -> "你还没告诉过我" + (a.subject() == null ? "纪念日" : a.subject()) + "是哪天。";
            case PREFERENCE -> "你还没告诉过我你喜欢什么。";
            case FAMILY -> a.phone() ? "你还没告诉过我你" + a.subject() + "的电话。" : "你还没告诉过我你" + a.subject() + "的名字。";
        };
    }

    /** The fact in second person, for acknowledgements and summaries. */
    static String describe(MemoryFact f) {
        return switch (f.kind()) {
            case HOME -> "你住在" + f.value();
            case LOCATION -> "你现在在" + f.value();
            case NAME -> "你叫" + f.value();
            case BIRTHDAY -> "你的生日是" + f.value();
            case ANNIVERSARY -> you(f.subject()) + "是" + f.value();
            case PREFERENCE -> "你" + f.value() + f.subject();
            case FAMILY -> "你" + f.subject() + (f.value().isEmpty() ? "" : "叫" + f.value())
                    + (f.phone().isEmpty() ? "" : (f.value().isEmpty() ? "的" : "，") + "电话是" + f.phone());
        };
    }

    private static String you(String subject) {
        String s = subject.replace("我们", "你们").replace("我", "你");
        return s.startsWith("你") ? s : "你的" + s;
    }
}
