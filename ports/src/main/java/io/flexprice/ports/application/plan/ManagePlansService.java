package io.flexprice.ports.application.plan;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.application.pricing.PriceDrafts;
import io.flexprice.ports.in.plan.ClonePlanCommand;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.plan.ManagePlansUseCase;
import io.flexprice.ports.in.plan.UpdatePlanCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class ManagePlansService implements ManagePlansUseCase {

    /** The metadata key of a clone that names the plan it was cloned from (FlexPrice's). */
    static final String SOURCE_PLAN_ID = "source_plan_id";

    private final PlanRepository plans;
    private final PriceRepository prices;
    private final MeterRepository meters;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManagePlansService(PlanRepository plans, PriceRepository prices, MeterRepository meters,
                              Transactions transactions, IdGenerator ids, Clock clock) {
        this.plans = plans;
        this.prices = prices;
        this.meters = meters;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Every violation, the plan's and its prices' ({@code prices[i].tiers[1].up_to}), is reported at once. */
    @Override
    public PlanView create(Caller caller, CreatePlanCommand c) {
        Audit audit = Audit.createdBy(caller.actor(), clock.instant());
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            Plan plan = invalid.collect(() -> new Plan(new PlanId(ids.newId("plan")), caller.scope(), c.name(),
                    c.description(), c.lookupKey(), Metadata.of(c.metadata()), Status.PUBLISHED, audit));
            String planId = plan == null ? "-" : plan.id().value();
            List<ListedPrice> listed = new ArrayList<>();
            for (int i = 0; i < c.prices().size(); i++) {
                listed.add(PriceDrafts.draft(c.prices().get(i), PriceEntityType.PLAN, planId, caller.scope(), meters,
                        ids, audit, invalid, "prices[" + i + "]."));
            }
            invalid.throwIfAny();
            PriceDrafts.requireLookupKeysFree(prices, caller.scope(), listed, null);
            plans.insert(plan);
            listed.forEach(prices::insert);
            return new PlanView(plan, listed);
        });
    }

    @Override
    public PlanView update(Caller caller, PlanId id, UpdatePlanCommand c) {
        return transactions.inTransaction(() -> {
            Plan current = ManagePricesService.livePlan(plans, caller.scope(), id);
            String name = or(c.name(), current.name());
            String description = or(c.description(), current.description());
            String lookupKey = or(c.lookupKey(), current.lookupKey());
            Plan.validate(name, description, lookupKey);
            Instant now = clock.instant();
            Plan updated = current.withDetails(name, description, lookupKey,
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), now));
            plans.update(updated);
            return FindPlansService.view(prices, caller.scope(), updated, now);
        });
    }

    /** Deletes the plan and every live price it lists, ended versions included. */
    @Override
    public void delete(Caller caller, PlanId id) {
        transactions.inTransaction(() -> {
            Plan current = ManagePricesService.livePlan(plans, caller.scope(), id);
            Instant now = clock.instant();
            EntityPrices.deleteAll(prices, caller.scope(), PriceEntityType.PLAN, id.value(), caller.actor(), now);
            plans.update(current.deleted(current.audit().updatedBy(caller.actor(), now)));
        });
    }

    @Override
    public PlanView clone(Caller caller, PlanId sourceId, ClonePlanCommand c) {
        Instant now = clock.instant();
        Audit audit = Audit.createdBy(caller.actor(), now);
        return transactions.inTransaction(() -> {
            Plan source = ManagePricesService.livePlan(plans, caller.scope(), sourceId);
            Map<String, String> metadata = new LinkedHashMap<>(source.metadata().values());
            if (c.metadata() != null) {
                metadata.putAll(c.metadata());
            }
            metadata.put(SOURCE_PLAN_ID, sourceId.value());
            Violations invalid = new Violations()
                    .requireText(c.lookupKey(), "lookup_key")
                    .require(c.name() == null || !c.name().equals(source.name()), "name",
                            "must differ from the source plan's name");
            Plan plan = invalid.collect(() -> new Plan(new PlanId(ids.newId("plan")), caller.scope(), c.name(),
                    or(c.description(), source.description()), c.lookupKey(), Metadata.of(metadata),
                    Status.PUBLISHED, audit));
            invalid.throwIfAny();
            List<ListedPrice> copies = copies(FindPlansService.view(prices, caller.scope(), source, now).prices(),
                    plan, now, audit);
            plans.insert(plan);
            copies.forEach(prices::insert);
            return new PlanView(plan, copies);
        });
    }

    /**
     * The source's published prices, copied to the clone: each starts now or at its own later start and keeps
     * its end. A line of versions stays one line: its earliest copy is the new first price, the later ones
     * name it as parent.
     */
    private List<ListedPrice> copies(List<ListedPrice> current, Plan clone, Instant now, Audit audit) {
        Map<PriceId, PriceId> newRoots = new HashMap<>();
        List<ListedPrice> copies = new ArrayList<>();
        for (ListedPrice price : current.stream().filter(p -> p.status() == Status.PUBLISHED)
                .sorted(Comparator.comparing(ListedPrice::startDate)).toList()) {
            PriceId newId = new PriceId(ids.newId("price"));
            PriceId newParent = newRoots.putIfAbsent(price.rootPriceId(), newId);
            Instant start = price.startDate().isAfter(now) ? price.startDate() : now;
            copies.add(price.copiedTo(newId, PriceEntityType.PLAN, clone.id().value(), start, newParent, audit));
        }
        return copies;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
