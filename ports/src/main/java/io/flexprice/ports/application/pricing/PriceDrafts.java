package io.flexprice.ports.application.pricing;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.domain.tenancy.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds new prices from commands, for prices created alone, in bulk, or with their plan or addon: the meter
 * of a USAGE price must be a published meter of the scope; a price without a start date starts at its
 * creation. Violations are collected under {@code prefix}
 * ({@code items[1].}, {@code prices[0].}).
 */
public final class PriceDrafts {

    private PriceDrafts() {
    }

    /**
     * The new price; its violations are added to {@code invalid} (the caller throws them before using
     * anything drafted).
     */
    public static ListedPrice draft(CreatePriceCommand c, PriceEntityType entityType, String entityId, Scope scope,
                                    MeterRepository meters, IdGenerator ids, Audit audit, Violations invalid,
                                    String prefix) {
        MeterId meterId = c.meterId() == null || c.meterId().isBlank() ? null
                : invalid.collect(prefix, () -> new MeterId(c.meterId()));
        if (meterId != null && c.terms() != null && c.terms().type() == PriceType.USAGE
                && meters.findById(scope, meterId).filter(m -> m.status() == Status.PUBLISHED).isEmpty()) {
            throw new NotFoundException(ErrorCode.METER_NOT_FOUND, "meter " + meterId + " not found");
        }
        if (c.terms() == null) {
            invalid.add(prefix + "terms", "are required");
            return null;
        }
        return invalid.collect(prefix, () -> new ListedPrice(new PriceId(ids.newId("price")), scope, entityType,
                entityId, c.lookupKey(), meterId, c.displayName(), c.description(), Metadata.of(c.metadata()),
                c.terms(), c.startDate(), c.endDate(), null, Status.PUBLISHED, audit));
    }

    /**
     * Refuses new prices whose lookup key a stored live price (other than {@code replacing}) or another of
     * them has, before anything is written: in-memory units of work do not roll back, so the conflict the
     * repository would raise mid-way is raised first. The repository's own check stays the last word.
     *
     * @param replacing the price giving its lookup key up in the same unit of work, or null
     */
    public static void requireLookupKeysFree(PriceRepository prices, Scope scope, List<ListedPrice> drafts,
                                             PriceId replacing) {
        Set<String> seen = new HashSet<>();
        for (ListedPrice draft : drafts) {
            String key = draft.lookupKey();
            if (key == null) {
                continue;
            }
            boolean taken = !seen.add(key) || prices.findByLookupKey(scope, key)
                    .filter(other -> !other.id().equals(draft.id()) && !other.id().equals(replacing)).isPresent();
            if (taken) {
                throw new ConflictException(ErrorCode.PRICE_LOOKUP_KEY_TAKEN,
                        "a price with lookup key " + key + " already exists");
            }
        }
    }

    public static NotFoundException priceNotFound(String what) {
        return new NotFoundException(ErrorCode.PRICE_NOT_FOUND, "price " + what + " not found");
    }
}
