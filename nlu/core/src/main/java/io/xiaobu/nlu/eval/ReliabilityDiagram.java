package io.xiaobu.nlu.eval;

import java.util.List;
import java.util.Locale;

/**
 * Draws reliability diagrams as a standalone SVG: for each series, one dot per non-empty confidence bin at
 * (mean confidence, accuracy), joined by a line, against the diagonal a perfectly calibrated model would follow;
 * points below the diagonal are over-confident. Bins are labelled with how many predictions they hold.
 */
public final class ReliabilityDiagram {

    /** One curve: a name for the legend, its reliability, and an SVG colour. */
    public record Series(String name, Reliability reliability, String colour) {
    }

    private static final int SIZE = 420, MARGIN = 56, PLOT = SIZE - 2 * MARGIN;

    private ReliabilityDiagram() {
    }

    public static String svg(String title, List<Series> series) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", SIZE + 120, SIZE + 24 * series.size()));
        sb.append(String.format(Locale.ROOT, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"13\" font-weight=\"bold\">%s</text>%n", MARGIN, escape(title)));
        for (int k = 0; k <= 10; k++) {
            double v = k / 10.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>%n", x(v), y(0), x(v), y(1)));
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>%n", x(0), y(v), x(1), y(v)));
            if (k % 2 == 0) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.1f</text>%n", x(v), y(0) + 16, v));
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", x(0) - 6, y(v) + 4, v));
            }
        }
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", MARGIN, MARGIN, PLOT, PLOT));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>%n",
                x(0), y(0), x(1), y(1)));
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">confidence (bin mean)</text>%n", x(0.5), y(0) + 34));
        sb.append(String.format(Locale.ROOT, "<text transform=\"translate(%d %.1f) rotate(-90)\" text-anchor=\"middle\">accuracy</text>%n",
                16, y(0.5)));
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            StringBuilder points = new StringBuilder();
            for (Reliability.Bin b : one.reliability().bins()) {
                if (b.n() == 0) continue;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(b.meanConfidence()), y(b.accuracy())));
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s: %d predictions, "
                                + "mean confidence %.3f, accuracy %.3f</title></circle>%n", x(b.meanConfidence()), y(b.accuracy()),
                        2.5 + Math.min(4, Math.log10(b.n() + 1)), one.colour(), escape(one.name()), b.n(), b.meanConfidence(), b.accuracy()));
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" fill=\"%s\">%d</text>%n",
                        x(b.meanConfidence()) + 6, y(b.accuracy()) + (s == 0 ? -5 : 12), one.colour(), b.n()));
            }
            sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                    points.toString().strip(), one.colour()));
            double ly = SIZE + 24 * s - 4;
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"14\" height=\"4\" fill=\"%s\"/>%n", MARGIN, ly - 4, one.colour()));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s — ECE %.4f, confidence − accuracy %+.4f, n %d</text>%n",
                    MARGIN + 20, ly, escape(one.name()), one.reliability().ece(), one.reliability().overconfidence(), one.reliability().n()));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static double x(double v) {
        return MARGIN + v * PLOT;
    }

    private static double y(double v) {
        return MARGIN + (1 - v) * PLOT;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
