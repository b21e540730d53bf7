package io.xiaobu.chat.retrieval;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** Reads the indexed HNSW vector of a document (by its top-level doc id) for computing reranking cosines. */
final class IndexVectors {

    private final List<LeafReaderContext> leaves;

    IndexVectors(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    /** Dimension of {@code field}'s vectors in the index, or 0 when the index has none. */
    static int dimension(IndexReader reader, String field) {
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        return info == null ? 0 : info.getVectorDimension();
    }

    /** Cosine (dot product of unit vectors) of {@code query} with the document's vector; 0 when it has none. */
    double cosine(String field, int doc, float[] query) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        if (values == null) {
            return 0;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        int local = doc - leaf.docBase;
        if (it.advance(local) != local) {
            return 0;
        }
        float[] v = values.vectorValue(it.index());
        return v.length == query.length ? Embedder.dot(query, v) : 0;
    }
}
