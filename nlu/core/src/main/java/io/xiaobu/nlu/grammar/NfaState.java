package io.xiaobu.nlu.grammar;

import java.util.ArrayList;
import java.util.List;

/** A state of a template's NFA, used only while compiling. */
final class NfaState {

    record CharEdge(char c, NfaState to) { }

    record SlotEdge(CompiledSlot slot, String name, NfaState to) { }

    final int id;
    final List<CharEdge> chars = new ArrayList<>(1);
    final List<SlotEdge> slots = new ArrayList<>(0);
    final List<NfaState> epsilons = new ArrayList<>(0);
    /** The template accepted here, or -1. */
    int finalTemplate = -1;

    NfaState(int id) {
        this.id = id;
    }
}
