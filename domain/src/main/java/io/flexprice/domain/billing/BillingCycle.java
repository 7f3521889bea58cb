package io.flexprice.domain.billing;

/** Where a subscription's periods start: see {@link BillingSchedule}. */
public enum BillingCycle {
    /** Periods start at the billing anchor's wall-clock date and time, stepped from it. */
    ANNIVERSARY,
    /** Periods start at calendar boundaries: local midnight, Monday, the 1st of a month, quarter, half-year or year. */
    CALENDAR
}
