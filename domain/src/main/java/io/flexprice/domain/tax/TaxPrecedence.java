package io.flexprice.domain.tax;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which taxes apply to an invoice of a {@link TaxTarget} in a currency at an instant.
 *
 * <p>The rule:
 * <ol>
 *   <li>An association counts if it is attached to the target's subscription, customer or tenant,
 *       {@linkplain TaxAssociation#appliesAt applies} in the currency at the instant (live, auto-apply, its
 *       currency or none, its dates), and its rate is {@linkplain TaxRate#isInForce in force}.</li>
 *   <li>The most specific level with at least one counting association wins, and only its associations apply:
 *       subscription over customer over tenant. A level replaces the ones below it; it does not add to them.</li>
 *   <li>Within that level every counting association applies (taxes stack, e.g. CGST 9% and SGST 9%), ordered
 *       by priority (lower first), then creation time, then id. Each tax is computed on the same taxable
 *       amount, so the order decides presentation only, never an amount.</li>
 *   <li>A rate attached twice in the level applies once, through its first association in that order.</li>
 * </ol>
 *
 * <p>Why: FlexPrice copies associations down when an entity is created (a new customer gets the tenant's
 * auto-apply associations unless the request gives its own, a new subscription the customer's), and taxes an
 * invoice with its subscription's associations only. So in FlexPrice the most specific level that has
 * associations is the one that counts, and a level given explicitly replaces the inherited one. Here the
 * levels are resolved when an invoice is computed instead of copied at creation, which gives the same answer
 * and also follows later changes to the customer's or tenant's associations.
 */
public final class TaxPrecedence {

    private static final Comparator<TaxAssociation> ORDER = Comparator.comparingInt(TaxAssociation::priority)
            .thenComparing(a -> a.audit().createdAt())
            .thenComparing(a -> a.id().value());

    private TaxPrecedence() {
    }

    /**
     * @param candidates associations to choose from; those attached to other entities are ignored
     * @param rates      the rates the candidates name, by id; a candidate whose rate is missing does not count
     */
    public static List<ApplicableTax> resolve(TaxTarget target, Currency currency, Instant at,
                                              Collection<TaxAssociation> candidates,
                                              Map<TaxRateId, TaxRate> rates) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
        for (TaxEntity level : target.entitiesByPrecedence()) {
            List<TaxAssociation> counting = candidates.stream()
                    .filter(a -> a.scope().equals(target.scope()) && a.isAttachedTo(level))
                    .filter(a -> a.appliesAt(currency, at))
                    .filter(a -> rates.containsKey(a.taxRateId()) && rates.get(a.taxRateId()).isInForce())
                    .sorted(ORDER)
                    .toList();
            if (!counting.isEmpty()) {
                List<ApplicableTax> taxes = new ArrayList<>();
                Set<TaxRateId> seen = new HashSet<>();
                for (TaxAssociation association : counting) {
                    if (seen.add(association.taxRateId())) {
                        taxes.add(new ApplicableTax(association, rates.get(association.taxRateId())));
                    }
                }
                return List.copyOf(taxes);
            }
        }
        return List.of();
    }
}
