package io.xiaobu.kg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * A Lucene FST over alias surface strings (UTF-16 code units) mapping each alias to its ordinal.
 * {@link #matchesFrom} walks the automaton from one start position and reports every alias that ends
 * on the way, so nested and overlapping mentions all come out.
 */
final class SurfaceAutomaton {

    /** Receives one alias occurrence: {@code [start, end)} and the alias ordinal. */
    interface MatchSink {
        void match(int start, int end, int aliasOrdinal);
    }

    private final FST<Long> fst;

    /** @param sortedAliases distinct aliases in {@link String#compareTo} order; ordinal = list index */
    SurfaceAutomaton(List<String> sortedAliases) {
        try {
            PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
            FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, outputs).build();
            IntsRefBuilder scratch = new IntsRefBuilder();
            for (int i = 0; i < sortedAliases.size(); i++) {
                String alias = sortedAliases.get(i);
                scratch.clear();
                for (int k = 0; k < alias.length(); k++) scratch.append(alias.charAt(k));
                compiler.add(scratch.get(), (long) i);
            }
            FST.FSTMetadata<Long> meta = compiler.compile();
            this.fst = meta == null ? null : FST.fromFSTReader(meta, compiler.getFSTReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports every alias that starts at {@code start} in {@code text} (already normalised). */
    void matchesFrom(String text, int start, int maxLength, MatchSink sink) {
        if (fst == null) return;
        try {
            FST.BytesReader reader = fst.getBytesReader();
            FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
            FST.Arc<Long> next = new FST.Arc<>();
            long output = 0;
            int end = Math.min(text.length(), start + maxLength);
            for (int j = start; j < end; j++) {
                if (fst.findTargetArc(text.charAt(j), arc, next, reader) == null) return;
                output += next.output();
                if (next.isFinal()) sink.match(start, j + 1, (int) (output + next.nextFinalOutput()));
                FST.Arc<Long> t = arc;
                arc = next;
                next = t;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long ramBytesUsed() {
        return fst == null ? 0 : fst.ramBytesUsed();
    }
}
