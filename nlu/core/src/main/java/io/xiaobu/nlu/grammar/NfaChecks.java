package io.xiaobu.nlu.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Rejects templates that would match empty text or anything at all (only open slots, no anchor). */
final class NfaChecks {

    private NfaChecks() {
    }

    static void check(TemplateRef ref, NfaState start) {
        if (reachesFinal(start, false)) {
            throw new GrammarException(ref.template(), 1, "a variant of this template matches empty text");
        }
        if (reachesFinal(start, true)) {
            throw new GrammarException(ref.template(), 1, "a variant of this template has only open slots and would match anything");
        }
    }

    /** Whether a final state is reachable through epsilons, optional spaces and (if allowed) wildcard slots. */
    private static boolean reachesFinal(NfaState start, boolean throughWildcards) {
        Deque<NfaState> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            NfaState s = todo.pop();
            if (!seen.add(s.id)) continue;
            if (s.finalTemplate >= 0) return true;
            todo.addAll(s.epsilons);
            for (NfaState.CharEdge e : s.chars) if (e.c() == ' ') todo.push(e.to());
            if (throughWildcards) {
                for (NfaState.SlotEdge e : s.slots) if (e.slot().kind == CompiledSlot.Kind.WILDCARD) todo.push(e.to());
            }
        }
        return false;
    }
}
