package io.flexprice.sdk.creditgrants;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreditGrantResponse}: credits a plan or subscription grants, once or every period, into
 * the subscription's prepaid wallet. {@code credits} and the rates are decimal strings on the wire; the enums are
 * their upper-case names ({@code cadence} ONETIME / RECURRING, {@code scope} PLAN / SUBSCRIPTION, ...).
 *
 * @param id the grant's id
 * @param name its name
 * @param scope PLAN or SUBSCRIPTION
 * @param planId the plan, for a plan's grant
 * @param subscriptionId the subscription, for a subscription's grant
 * @param credits the credits each application adds
 * @param cadence ONETIME or RECURRING
 * @param period a recurring grant's period (DAILY, WEEKLY, MONTHLY, ...)
 * @param periodCount how many periods between applications
 * @param expirationType NEVER, DURATION or BILLING_CYCLE
 * @param expirationDuration for DURATION: how many units
 * @param expirationDurationUnit for DURATION: DAYS, WEEKS, MONTHS or YEARS
 * @param priority the order credits are used in (lower first)
 * @param conversionRate the currency one credit is worth
 * @param topupConversionRate the rate of a top-up
 * @param startDate from when
 * @param endDate until when
 * @param metadata your key/value pairs
 * @param status published, or deleted
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it
 */
public record CreditGrant(String id, String name, String scope, String planId, String subscriptionId,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credits, String cadence,
                          String period, Integer periodCount, String expirationType, Integer expirationDuration,
                          String expirationDurationUnit, Integer priority,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal conversionRate,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal topupConversionRate,
                          Instant startDate, Instant endDate, Map<String, String> metadata, String status,
                          String tenantId, String environmentId, Instant createdAt, String createdBy,
                          Instant updatedAt, String updatedBy) {

    public CreditGrant {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
