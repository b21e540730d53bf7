package io.xiaobu.nlu.data;

import io.xiaobu.nlu.Slot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NLPCC 2018 task 4: {@code session \t utterance \t intent \t <slot>tagged</slot> utterance}, sessions
 * separated by blank lines. The domain is the intent's prefix ({@code music.play} → {@code music});
 * each utterance carries the previous utterance of its session as context, as the service would see it.
 */
public final class Nlpcc2018Reader implements NluReader {

    private static final Pattern TAG = Pattern.compile("<([^<>/]+)>(.*?)</\\1>");

    @Override
    public List<NluExample> read(Path file) throws IOException {
        List<NluExample> out = new ArrayList<>();
        String session = null;
        String previous = "";
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4) throw new IOException(file + ":" + lineNo + ": expected 4 tab-separated fields");
            if (!f[0].equals(session)) {
                session = f[0];
                previous = "";
            }
            String intent = f[2].strip();
            List<Slot> slots = new ArrayList<>();
            String text = untag(f[3].strip(), slots);
            if (!text.equals(f[1].strip())) {
                // the tagged column is authoritative for spans; keep the plain text when they agree only
                slots.clear();
                text = f[1].strip();
                SpanLocator loc = new SpanLocator(text);
                List<Slot> tagged = new ArrayList<>();
                untag(f[3].strip(), tagged);
                tagged.forEach(s -> loc.place(s.name(), s.value()));
                slots.addAll(loc.slots());
            }
            int dot = intent.indexOf('.');
            String domain = dot > 0 ? intent.substring(0, dot) : intent;
            out.add(new NluExample(String.valueOf(lineNo), session, text, domain, intent, slots, previous, null, null, null));
            previous = text;
        }
        return out;
    }

    /** Removes {@code <name>value</name>} tags, collecting slots with offsets in the untagged text. */
    static String untag(String tagged, List<Slot> slots) {
        StringBuilder plain = new StringBuilder();
        Matcher m = TAG.matcher(tagged);
        int last = 0;
        while (m.find()) {
            plain.append(tagged, last, m.start());
            int start = plain.length();
            plain.append(m.group(2));
            if (!m.group(2).isEmpty()) slots.add(new Slot(m.group(1), m.group(2), null, start, plain.length(), null));
            last = m.end();
        }
        plain.append(tagged.substring(last));
        return plain.toString();
    }
}
