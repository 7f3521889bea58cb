package io.flexprice.domain.invoice;

import io.flexprice.domain.common.Violations;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The numbers of billing documents, FlexPrice's default format {@code PREFIX-YYYYMM-00001}: a prefix ({@code INV}
 * for invoices, {@code CN} for credit notes), the month the document was numbered in UTC, and a counter that starts
 * at 1 every month, at least five digits. The counter is gap-free per environment and month: it is the sequence
 * {@link #sequenceName(String, Instant)} (see the {@code SequenceRepository} port).
 */
public final class DocumentNumbers {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.UTC);

    private DocumentNumbers() {
    }

    /** The counter of {@code kind} ({@code invoice}, {@code credit_note}) for the month of {@code at} in UTC. */
    public static String sequenceName(String kind, Instant at) {
        return kind + ":" + YEAR_MONTH.format(at);
    }

    /** {@code INV-202603-00001} for prefix {@code INV}, an instant in March 2026 (UTC) and sequence 1. */
    public static String format(String prefix, Instant at, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a document sequence starts at 1");
        }
        return prefix + "-" + YEAR_MONTH.format(at) + "-" + String.format(Locale.ROOT, "%05d", sequence);
    }

    /** A prefix is 1 to 20 letters, digits, '_' or '-'. */
    public static void validatePrefix(String prefix, String field) {
        new Violations()
                .require(prefix != null && prefix.matches("[A-Za-z0-9_-]{1,20}"), field,
                        "must be 1 to 20 letters, digits, '_' or '-'")
                .throwIfAny();
    }
}
