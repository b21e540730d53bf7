package io.xiaobu.kg.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the tuples of a MySQL dump line {@code INSERT INTO `t` (…) VALUES (1,'a\'b',NULL),(…);}.
 * Strings honour backslash escapes; {@code NULL} becomes null; numbers stay strings.
 */
final class SqlValues {

    private SqlValues() {}

    /** The table name of an INSERT line, or null. */
    static String table(String line) {
        if (!line.startsWith("INSERT INTO `")) return null;
        int end = line.indexOf('`', 13);
        return end < 0 ? null : line.substring(13, end);
    }

    static List<List<String>> tuples(String line) {
        List<List<String>> out = new ArrayList<>();
        int i = line.indexOf(" VALUES ");
        if (i < 0) return out;
        i += 8;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) != '(') i++;
            if (i >= n) break;
            i++;
            List<String> row = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (; i < n; i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '\\' && i + 1 < n) {
                        char e = line.charAt(++i);
                        cur.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case '0' -> ' ';
                            default -> e;
                        });
                    } else if (c == '\'') {
                        if (i + 1 < n && line.charAt(i + 1) == '\'') {
                            cur.append('\'');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cur.append(c);
                    }
                } else if (c == '\'') {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',' || c == ')') {
                    String v = cur.toString().trim();
                    row.add(!wasQuoted && v.equalsIgnoreCase("NULL") ? null : v);
                    cur.setLength(0);
                    wasQuoted = false;
                    if (c == ')') {
                        i++;
                        break;
                    }
                } else {
                    cur.append(c);
                }
            }
            out.add(row);
        }
        return out;
    }
}
