package io.xiaobu.dialog.api;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parsed {@link TurnRequest} for client mistakes. Everything it reports becomes a 400 with
 * the field named; a request it accepts can go through the pipeline without failing on its shape.
 */
public final class TurnRequestValidator {

    private static final int MAX_ID_CHARS = 128;

    private final int maxTextChars;

    /** @param maxTextChars the longest {@code asr.text} accepted, in Unicode code points */
    public TurnRequestValidator(int maxTextChars) {
        if (maxTextChars <= 0) throw new IllegalArgumentException("maxTextChars must be positive");
        this.maxTextChars = maxTextChars;
    }

    public List<FieldError> validate(TurnRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            errors.add(new FieldError("$", "request body is empty"));
            return errors;
        }
        requireId(errors, "requestId", r.requestId(), true);
        requireId(errors, "userId", r.userId(), true);
        requireId(errors, "deviceId", r.deviceId(), true);
        requireId(errors, "sessionId", r.sessionId(), false);
        if (r.timestamp() != null && parseInstant(r.timestamp()) == null) {
            errors.add(new FieldError("timestamp", "not an ISO-8601 instant, e.g. 2026-11-21T08:30:00+08:00"));
        }
        if (r.timezone() != null) {
            try {
                ZoneId.of(r.timezone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timezone", "unknown time zone '" + clip(r.timezone()) + "', e.g. Asia/Shanghai"));
            }
        }
        if (r.device() == null) {
            errors.add(new FieldError("device", "is required"));
        } else if (r.device().type() == null) {
            errors.add(new FieldError("device.type", "is required: phone, watch, tv, car or speaker"));
        }
        validateAsr(errors, r.asr());
        return errors;
    }

    private void validateAsr(List<FieldError> errors, TurnRequest.Asr asr) {
        if (asr == null) {
            errors.add(new FieldError("asr", "is required"));
            return;
        }
        if (asr.text() == null) {
            errors.add(new FieldError("asr.text", "is required"));
        } else if (asr.text().isBlank()) {
            errors.add(new FieldError("asr.text", "is empty"));
        } else {
            int chars = asr.text().codePointCount(0, asr.text().length());
            if (chars > maxTextChars) {
                errors.add(new FieldError("asr.text", "is " + chars + " characters; the limit is " + maxTextChars));
            }
        }
        if (asr.confidence() != null && !(asr.confidence() >= 0 && asr.confidence() <= 1)) {
            errors.add(new FieldError("asr.confidence", "must be between 0 and 1"));
        }
        if (asr.audioMs() != null && asr.audioMs() < 0) {
            errors.add(new FieldError("asr.audioMs", "must not be negative"));
        }
        if (asr.snrDb() != null && !Double.isFinite(asr.snrDb())) {
            errors.add(new FieldError("asr.snrDb", "must be a finite number"));
        }
        for (int i = 0; i < asr.nbest().size(); i++) {
            TurnRequest.NBest n = asr.nbest().get(i);
            if (n == null || n.text() == null) {
                errors.add(new FieldError("asr.nbest[" + i + "].text", "is required"));
            } else if (n.text().codePointCount(0, n.text().length()) > maxTextChars) {
                errors.add(new FieldError("asr.nbest[" + i + "].text", "is longer than " + maxTextChars + " characters"));
            }
        }
        if (asr.nbest().size() > 10) {
            errors.add(new FieldError("asr.nbest", "has " + asr.nbest().size() + " entries; at most 10 are accepted"));
        }
    }

    private static void requireId(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) errors.add(new FieldError(field, "is required"));
        } else if (value.isBlank()) {
            errors.add(new FieldError(field, "is empty"));
        } else if (value.length() > MAX_ID_CHARS) {
            errors.add(new FieldError(field, "is longer than " + MAX_ID_CHARS + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "contains control characters"));
        }
    }

    /** Parses an ISO-8601 instant or offset date-time; {@code null} when it is neither. */
    public static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
