package io.flexprice.domain.tax;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tax rate (FlexPrice's {@code tax_rate}): PERCENTAGE takes {@code percentageValue} percent (0 to 100) of a
 * taxable amount, FIXED adds {@code fixedValue} (zero or more) in the taxable amount's currency. {@code code} is
 * the client's identifier for it, unique among the live rates of an environment; associations name a rate by
 * it. A rate applies only while {@link #isInForce() in force}: live and ACTIVE.
 */
public record TaxRate(TaxRateId id, Scope scope, String name, String code, String description, TaxRateType type,
                      BigDecimal percentageValue, BigDecimal fixedValue, TaxRateScope rateScope,
                      TaxRateStatus rateStatus, Metadata metadata, Status status, Audit audit) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxRate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        rateScope = rateScope == null ? TaxRateScope.INTERNAL : rateScope;
        rateStatus = rateStatus == null ? TaxRateStatus.ACTIVE : rateStatus;
        boolean percentage = type == TaxRateType.PERCENTAGE;
        boolean fixed = type == TaxRateType.FIXED;
        Violations violations = new Violations();
        validateDetails(violations, name, code, description);
        violations
                .require(type != null, "tax_rate_type", "is required")
                .require(!percentage || percentageValue != null, "percentage_value",
                        "is required for percentage tax rates")
                .require(percentageValue == null
                                || percentageValue.signum() >= 0 && percentageValue.compareTo(HUNDRED) <= 0,
                        "percentage_value", "must be between 0 and 100")
                .require(!fixed || percentageValue == null, "percentage_value",
                        "is only used by percentage tax rates")
                .require(!fixed || fixedValue != null, "fixed_value", "is required for fixed tax rates")
                .require(fixedValue == null || fixedValue.signum() >= 0, "fixed_value", "must not be negative")
                .require(fixedValue == null || fixedValue.scale() <= Money.WORKING_SCALE, "fixed_value",
                        "must have at most " + Money.WORKING_SCALE + " decimal places")
                .require(!percentage || fixedValue == null, "fixed_value", "is only used by fixed tax rates")
                .throwIfAny();
    }

    /** The rules of the fields a client may change, for a check before anything is built. */
    public static void validateDetails(Violations violations, String name, String code, String description) {
        violations
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .requireText(code, "code")
                .maxLength(code, 255, "code")
                .require(code == null || code.isBlank() || code.equals(code.strip()), "code",
                        "must not start or end with whitespace")
                .maxLength(description, 4000, "description");
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /** Live and ACTIVE: the rate can be attached, and its associations apply. */
    public boolean isInForce() {
        return isLive() && rateStatus == TaxRateStatus.ACTIVE;
    }

    /**
     * The tax on {@code taxable}, unrounded, in its currency: PERCENTAGE is
     * {@code taxable × percentageValue / 100} at {@link Money#WORKING_SCALE}; FIXED is {@code fixedValue} when
     * the taxable amount is positive and nothing when it is zero, so that an invoice with nothing to pay stays
     * at zero. The billing code rounds the result once, on the invoice.
     *
     * @throws ValidationException naming {@code taxable_amount} when it is negative (discounts are taken
     *         before taxes and never below zero)
     */
    public Money taxOn(Money taxable) {
        Objects.requireNonNull(taxable, "taxable");
        if (taxable.isNegative()) {
            throw ValidationException.of("taxable_amount", "must not be negative");
        }
        return switch (type) {
            case PERCENTAGE -> taxable.times(percentageValue.movePointLeft(2));
            case FIXED -> taxable.isZero() ? Money.zero(taxable.currency())
                    : new Money(fixedValue, taxable.currency());
        };
    }

    /** The fields a client may change; the type and values never change. */
    public TaxRate withDetails(String newName, String newCode, String newDescription, TaxRateStatus newRateStatus,
                               Metadata newMetadata, Audit changed) {
        return new TaxRate(id, scope, newName, newCode, newDescription, type, percentageValue, fixedValue, rateScope,
                newRateStatus, newMetadata, status, changed);
    }

    /** Soft delete: the rate disappears from reads and its code becomes free. */
    public TaxRate deleted(Audit changed) {
        return new TaxRate(id, scope, name, code, description, type, percentageValue, fixedValue, rateScope,
                rateStatus, metadata, Status.DELETED, changed);
    }
}
