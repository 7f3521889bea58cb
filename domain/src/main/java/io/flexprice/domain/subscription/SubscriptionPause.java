package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Violations;
import java.time.Instant;
import java.util.Objects;

/**
 * A pause of a subscription over {@code [pauseStart, pauseEnd)}; {@code pauseEnd} null means until resumed.
 * While paused a subscription accrues no fixed charges. Billing periods are not shifted by a pause: they stay
 * on the subscription's grid, and the paused part of a period is left out of its fixed charges.
 * {@code originalPeriodStart} and {@code originalPeriodEnd} record the period the pause was asked in.
 */
public record SubscriptionPause(SubscriptionPauseId id, PauseMode pauseMode, ResumeMode resumeMode,
                                Instant pauseStart, Instant pauseEnd, Instant resumedAt, PauseStatus pauseStatus,
                                String reason, Metadata metadata, Instant originalPeriodStart,
                                Instant originalPeriodEnd, Audit audit) {

    public SubscriptionPause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pauseStart, "pauseStart");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        new Violations()
                .require(pauseMode != null, "pause_mode", "is required")
                .require(pauseStatus != null, "pause_status", "is required")
                .require(pauseEnd == null || pauseEnd.isAfter(pauseStart), "pause_end", "must be after pause_start")
                .maxLength(reason, 255, "reason")
                .throwIfAny();
    }

    /** Whether the pause still has an effect: it is running or waiting to start. */
    public boolean isOpen() {
        return pauseStatus == PauseStatus.ACTIVE || pauseStatus == PauseStatus.SCHEDULED;
    }

    /** The time the pause covers, cut at {@code horizon} when it has no end. Cancelled pauses cover nothing. */
    public Period coverage(Instant horizon) {
        Instant end = pauseEnd != null ? pauseEnd : horizon;
        return end.isAfter(pauseStart) ? new Period(pauseStart, end) : null;
    }

    /** Whether the pause covers {@code instant}. */
    public boolean covers(Instant instant) {
        return pauseStatus != PauseStatus.CANCELLED && !instant.isBefore(pauseStart)
                && (pauseEnd == null || instant.isBefore(pauseEnd));
    }

    /** This pause as it stands at {@code now}: started, or completed once its end has passed. */
    SubscriptionPause at(Instant now) {
        if (!isOpen()) {
            return this;
        }
        PauseStatus next = pauseEnd != null && !now.isBefore(pauseEnd) ? PauseStatus.COMPLETED
                : !now.isBefore(pauseStart) ? PauseStatus.ACTIVE : PauseStatus.SCHEDULED;
        return next == pauseStatus ? this : with(pauseEnd, resumedAt, next, audit);
    }

    /**
     * Ended at {@code now} by a resume (so resumed {@link ResumeMode#IMMEDIATE}): a running pause completes there, a
     * pause not yet started is cancelled.
     */
    SubscriptionPause resumed(Instant now, Audit changed) {
        SubscriptionPause immediate = new SubscriptionPause(id, pauseMode, ResumeMode.IMMEDIATE, pauseStart, pauseEnd,
                resumedAt, pauseStatus, reason, metadata, originalPeriodStart, originalPeriodEnd, audit);
        if (!now.isAfter(pauseStart)) {
            return immediate.with(pauseEnd, now, PauseStatus.CANCELLED, changed);
        }
        return immediate.with(now, now, PauseStatus.COMPLETED, changed);
    }

    private SubscriptionPause with(Instant end, Instant resumed, PauseStatus status, Audit changed) {
        return new SubscriptionPause(id, pauseMode, resumeMode, pauseStart, end, resumed, status, reason, metadata,
                originalPeriodStart, originalPeriodEnd, changed);
    }
}
