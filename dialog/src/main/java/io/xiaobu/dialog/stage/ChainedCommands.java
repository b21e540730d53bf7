package io.xiaobu.dialog.stage;

import io.xiaobu.dialog.knowledge.KnowledgeRouting;
import io.xiaobu.dialog.pipeline.LinkedEntity;
import io.xiaobu.nlu.NormalizedText;
import io.xiaobu.nlu.grammar.RuleMatch;
import io.xiaobu.nlu.grammar.RuleMatchResult;
import io.xiaobu.nlu.grammar.RuleMatcher;
import io.xiaobu.nlu.grammar.SlotMatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several commands said in one breath: "关掉WiFi然后打开蓝牙", "打开蓝牙和WiFi" (the second shares the first's verb),
 * "把音量调到五十再打开手电筒". The text is cut at a joining word into parts that the grammar each matches in
 * full; a part is first tried in the place of the previous command's value ("WiFi" after "打开蓝牙" is "打开WiFi"),
 * then alone. A reading is accepted only when every part is a full match whose open (wildcard) slots are typed
 * for graph entities ({@code kg.App} …) and hold the words of a linked entity of that type, so
 * "播放周杰伦和蔡依林的歌" stays one request; of tied full matches ("打开微信": an app or a website) the one so
 * vouched for is taken. Beside 然后 / 接着 / 再 / 并且 a command's one open slot may hold any words when it closes
 * the command after at least two words of its template (导航到天安门然后打开蓝牙).
 */
public final class ChainedCommands {

    /** Words that join commands; a comma counts when the normaliser kept it. */
    private static final Pattern JOINER = Pattern.compile("然后|接着|再|并且|同时|还有|顺便|以及|和|跟|[，,；;]");

    /** Joining words that say "after that": what follows them is a new command, not more of a name. */
    private static final Pattern SEQUENTIAL = Pattern.compile("然后|接着|再|并且");

    /** Most commands read from one utterance, and the longest text read as several. */
    static final int MAX_COMMANDS = 3, MAX_CHARS = 64;

    /** One command of a chain: its words (spans into the original request) and the grammar's one full match of them. */
    public record Command(NormalizedText words, RuleMatchResult match) {
    }

    /** What a chain reads with: the grammar, the turn's linked entities and the skills' slot types. */
    public record Reader(RuleMatcher grammar, List<LinkedEntity> entities, SlotTypeLookup types) {
    }

    private ChainedCommands() {
    }

    /**
     * The commands of {@code text} in the order said, or empty when it is not two or more commands the grammar
     * knows. Call it for a text the grammar does not match as a whole, or matches only through an open slot no
     * entity vouches for (no {@link #oneRequest}).
     */
    public static Optional<List<Command>> split(NormalizedText text, Reader reader) {
        if (text.text().length() > MAX_CHARS) return Optional.empty();
        List<Command> out = new ArrayList<>();
        return chain(text, 0, reader, null, false, out) && out.size() >= 2 ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    /**
     * Reads text[from..] as one or more commands after {@code previous}; true when all of it was read. Beside a
     * sequential joining word (before it, or after it: {@code afterSequence}) a command's closing name slot may hold
     * words the graph does not know (打开蓝牙然后导航到天安门, 导航到天安门然后打开蓝牙).
     */
    private static boolean chain(NormalizedText text, int from, Reader reader, Command previous, boolean afterSequence,
                                 List<Command> out) {
        String t = text.text();
        Optional<Command> whole = previous == null ? Optional.empty()
                : command(sub(text, from, t.length()), reader, previous, afterSequence);
        if (whole.isPresent()) {
            out.add(whole.get());
            return true;
        }
        if (out.size() + 1 >= MAX_COMMANDS) return false;
        Matcher m = JOINER.matcher(t);
        for (int at = from; at < t.length() && m.find(at); at = m.start() + 1) {
            if (m.start() == from || m.end() >= t.length()) continue;
            boolean sequential = SEQUENTIAL.matcher(m.group()).matches();
            Optional<Command> first = command(sub(text, from, m.start()), reader, previous, sequential);
            if (first.isEmpty()) continue;
            out.add(first.get());
            if (chain(text, m.end(), reader, first.get(), sequential, out)) return true;
            out.removeLast();
        }
        return false;
    }

    /**
     * The part as a value taking the place of the previous command's value (打开蓝牙和手电筒: 打开手电筒; 打开蓝牙和微信:
     * 打开微信), else as a command of its own. The shared verb comes first: "wifi" alone also names the setting, but
     * 关掉蓝牙和WiFi means 关掉WiFi.
     */
    private static Optional<Command> command(NormalizedText part, Reader reader, Command previous, boolean openTail) {
        if (part.text().isBlank()) return Optional.empty();
        if (previous != null) {
            for (SlotMatch s : previous.match().best().orElseThrow().slots()) {
                NormalizedText replaced = replace(previous.words(), s.start(), s.end(), part);
                Optional<RuleMatchResult> shared = oneRequest(reader.grammar().match(replaced), reader, false);
                if (shared.isPresent()) return Optional.of(new Command(replaced, shared.get()));
            }
        }
        return oneRequest(reader.grammar().match(part), reader, openTail).map(own -> new Command(part, own));
    }

    /**
     * The grammar's result as one certain request: its full match, or of tied full matches the one intent whose open
     * slots are all vouched for; empty when there is none.
     */
    public static Optional<RuleMatchResult> oneRequest(RuleMatchResult r, Reader reader) {
        return oneRequest(r, reader, false);
    }

    /** As {@link #oneRequest(RuleMatchResult, Reader)}; with {@code openTail} a closing name slot needs no entity. */
    private static Optional<RuleMatchResult> oneRequest(RuleMatchResult r, Reader reader, boolean openTail) {
        if (r.status() != RuleMatchResult.Status.MATCHED && r.status() != RuleMatchResult.Status.AMBIGUOUS) return Optional.empty();
        int length = r.input().text().length();
        List<RuleMatch> vouched = r.tied().stream().filter(m -> vouched(m, reader, openTail, length)).toList();
        if (vouched.isEmpty() || vouched.stream().map(RuleMatch::intent).distinct().count() > 1) return Optional.empty();
        if (r.status() == RuleMatchResult.Status.MATCHED) return Optional.of(r);
        return Optional.of(new RuleMatchResult(RuleMatchResult.Status.MATCHED, r.input(), List.of(vouched.getFirst()), List.of(), r.truncated()));
    }

    /**
     * Every open slot of the match is typed for graph entities and holds the words of a linked entity of that type;
     * with {@code openTail}, a slot so typed that closes the command after at least {@value #LEAD} words of its
     * template (导航到{destination}) may hold any words.
     */
    private static boolean vouched(RuleMatch m, Reader reader, boolean openTail, int length) {
        for (SlotMatch s : m.slots()) {
            if (!"wildcard".equals(s.kind())) continue;
            Optional<String> type = reader.types().typeOf(m.understanding().domain(), m.intent(), s.name()).filter(t -> t.startsWith("kg."));
            if (type.isEmpty()) return false;
            boolean closing = openTail && m.slots().size() == 1 && s.start() >= LEAD && s.end() == length;
            if (!closing && reader.entities().stream().noneMatch(e -> KnowledgeRouting.accepts(type.get(), e.type())
                    && e.start() <= s.originalStart() && e.end() >= s.originalEnd())) {
                return false;
            }
        }
        return true;
    }

    /** Template words a closing open slot needs before it. */
    static final int LEAD = 2;

    /** text[from, to) with its offsets into the original request. */
    static NormalizedText sub(NormalizedText text, int from, int to) {
        return new NormalizedText(text.original(), text.text().substring(from, to), Arrays.copyOfRange(text.offsets(), from, to + 1));
    }

    /** {@code words} with [start, end) replaced by {@code value}; each character keeps its own place in the request. */
    static NormalizedText replace(NormalizedText words, int start, int end, NormalizedText value) {
        String t = words.text();
        String text = t.substring(0, start) + value.text() + t.substring(end);
        int[] offsets = new int[text.length() + 1];
        int k = 0;
        for (int i = 0; i < start; i++) offsets[k++] = words.offsets()[i];
        for (int i = 0; i < value.text().length(); i++) offsets[k++] = value.offsets()[i];
        for (int i = end; i <= t.length(); i++) offsets[k++] = words.offsets()[i];
        return new NormalizedText(words.original(), text, offsets);
    }
}
