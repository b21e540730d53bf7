package io.xiaobu.chat.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** The Chinese analyzers retrieval can index with; {@code docs/benchmarks/chat.md} compares them. */
public enum AnalyzerKind {
    /** Overlapping CJK bigrams (single chars for one-char runs), width-folded and lower-cased. */
    CJK,
    /** SmartChineseAnalyzer word segmentation (HMM), no stop words: short chat turns need every word. */
    SMARTCN;

    public Analyzer create() {
        return switch (this) {
            case CJK -> new CJKAnalyzer(CharArraySet.EMPTY_SET);
            case SMARTCN -> new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
        };
    }
}
