package io.flexprice.ports.application.pricing;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceSuccession;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.pricing.ManagePricesUseCase;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

public final class ManagePricesService implements ManagePricesUseCase {

    private final PriceRepository prices;
    private final PlanRepository plans;
    private final AddonRepository addons;
    private final MeterRepository meters;
    private final CostsheetRepository costsheets;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Without costsheets: a price of a costsheet is refused as naming a missing costsheet. */
    public ManagePricesService(PriceRepository prices, PlanRepository plans, AddonRepository addons,
                               MeterRepository meters, Transactions transactions, IdGenerator ids, Clock clock) {
        this(prices, plans, addons, meters, null, transactions, ids, clock);
    }

    public ManagePricesService(PriceRepository prices, PlanRepository plans, AddonRepository addons,
                               MeterRepository meters, CostsheetRepository costsheets, Transactions transactions,
                               IdGenerator ids, Clock clock) {
        this.prices = prices;
        this.plans = plans;
        this.addons = addons;
        this.meters = meters;
        this.costsheets = costsheets;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ListedPrice create(Caller caller, CreatePriceCommand command) {
        return createWithPrefix(caller, List.of(command), i -> "").get(0);
    }

    @Override
    public List<ListedPrice> createAll(Caller caller, List<CreatePriceCommand> commands) {
        if (commands == null || commands.isEmpty()) {
            throw ValidationException.of("items", "at least one price is required");
        }
        return createWithPrefix(caller, commands, i -> "items[" + i + "].");
    }

    private List<ListedPrice> createWithPrefix(Caller caller, List<CreatePriceCommand> commands,
                                               IntFunction<String> prefix) {
        Audit audit = Audit.createdBy(caller.actor(), clock.instant());
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            List<ListedPrice> created = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                CreatePriceCommand c = commands.get(i);
                String at = prefix.apply(i);
                if (c.entityId() != null && !c.entityId().isBlank()) {
                    requireLiveEntity(caller.scope(), c.entityType(), c.entityId());
                }
                created.add(PriceDrafts.draft(c, c.entityType(), c.entityId(), caller.scope(), meters, ids, audit,
                        invalid, at));
            }
            invalid.throwIfAny();
            PriceDrafts.requireLookupKeysFree(prices, caller.scope(), created, null);
            created.forEach(prices::insert);
            return List.copyOf(created);
        });
    }

    /**
     * Without a change of terms, the other fields change in place. With one, the price ends at
     * {@code effective_from} (default now) and its successor starts there with the new terms and the other
     * fields as changed; every violation (of the new terms and of the dates) is reported at once.
     */
    @Override
    public ListedPrice update(Caller caller, PriceId id, UpdatePriceCommand c) {
        if (c.effectiveFrom() != null && c.termsChange().isEmpty()) {
            throw ValidationException.of("effective_from",
                    "requires a change of amount, billing_model, tier_mode, tiers or transform_quantity");
        }
        return transactions.inTransaction(() -> {
            ListedPrice current = FindPricesService.livePrice(prices, caller.scope(), id);
            Instant now = clock.instant();
            if (c.termsChange().isEmpty()) {
                ListedPrice updated = withDetails(current, c, current.audit().updatedBy(caller.actor(), now));
                prices.update(updated);
                return updated;
            }
            Violations invalid = new Violations();
            Price newTerms = invalid.collect(() -> c.termsChange().applyTo(current.terms()));
            Instant effectiveFrom = c.effectiveFrom() == null ? now : c.effectiveFrom();
            PriceSuccession succession = invalid.collect(() -> current.succeededBy(new PriceId(ids.newId("price")),
                    newTerms == null ? current.terms() : newTerms, effectiveFrom, caller.actor(), now));
            invalid.throwIfAny();
            ListedPrice successor = withDetails(succession.successor(), c, succession.successor().audit());
            PriceDrafts.requireLookupKeysFree(prices, caller.scope(), List.of(successor), current.id());
            prices.update(succession.ended());
            prices.insert(successor);
            return successor;
        });
    }

    @Override
    public void delete(Caller caller, PriceId id) {
        transactions.inTransaction(() -> {
            ListedPrice current = FindPricesService.livePrice(prices, caller.scope(), id);
            prices.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }

    @Override
    public ListedPrice endAt(Caller caller, PriceId id, Instant endDate) {
        return transactions.inTransaction(() -> {
            ListedPrice current = FindPricesService.livePrice(prices, caller.scope(), id);
            Instant now = clock.instant();
            ListedPrice ending = current.endingAt(endDate, now, current.audit().updatedBy(caller.actor(), now));
            prices.update(ending);
            return ending;
        });
    }

    /** The live entity a new price names; a price's entity type and id were checked by its command. */
    private void requireLiveEntity(Scope scope, PriceEntityType entityType, String entityId) {
        if (entityType == PriceEntityType.PLAN) {
            livePlan(plans, scope, new PlanId(entityId));
        } else if (entityType == PriceEntityType.ADDON) {
            liveAddon(addons, scope, new AddonId(entityId));
        } else if (entityType == PriceEntityType.COSTSHEET) {
            CostsheetId costsheet = new CostsheetId(entityId);
            if (costsheets == null || costsheets.findById(scope, costsheet).filter(Costsheet::isLive).isEmpty()) {
                throw new NotFoundException(ErrorCode.COSTSHEET_NOT_FOUND, "costsheet " + entityId + " not found");
            }
        }
    }

    public static Plan livePlan(PlanRepository plans, Scope scope, PlanId id) {
        return plans.findById(scope, id).filter(Plan::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.PLAN_NOT_FOUND, "plan " + id + " not found"));
    }

    public static Addon liveAddon(AddonRepository addons, Scope scope, AddonId id) {
        return addons.findById(scope, id).filter(Addon::isLive)
                .orElseThrow(() -> addonNotFound(id.value()));
    }

    public static NotFoundException addonNotFound(String what) {
        return new NotFoundException(ErrorCode.ADDON_NOT_FOUND, "addon " + what + " not found");
    }

    private static ListedPrice withDetails(ListedPrice price, UpdatePriceCommand c, Audit audit) {
        return price.withDetails(or(c.lookupKey(), price.lookupKey()), or(c.displayName(), price.displayName()),
                or(c.description(), price.description()),
                c.metadata() == null ? price.metadata() : Metadata.of(c.metadata()), audit);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
