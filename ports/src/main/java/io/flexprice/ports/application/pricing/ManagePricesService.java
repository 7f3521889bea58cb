package io.flexprice.ports.application.pricing;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.pricing.ManagePricesUseCase;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

public final class ManagePricesService implements ManagePricesUseCase {

    private final PriceRepository prices;
    private final PlanRepository plans;
    private final MeterRepository meters;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManagePricesService(PriceRepository prices, PlanRepository plans, MeterRepository meters,
                               Transactions transactions, IdGenerator ids, Clock clock) {
        this.prices = prices;
        this.plans = plans;
        this.meters = meters;
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
                if (c.entityType() == PriceEntityType.PLAN && c.entityId() != null && !c.entityId().isBlank()) {
                    livePlan(plans, caller.scope(), new PlanId(c.entityId()));
                }
                created.add(PriceDrafts.draft(c, c.entityType(), c.entityId(), caller.scope(), meters, ids, audit,
                        invalid, at));
            }
            invalid.throwIfAny();
            created.forEach(prices::insert);
            return List.copyOf(created);
        });
    }

    @Override
    public ListedPrice update(Caller caller, PriceId id, UpdatePriceCommand c) {
        return transactions.inTransaction(() -> {
            ListedPrice current = FindPricesService.livePrice(prices, caller.scope(), id);
            ListedPrice updated = current.withDetails(or(c.lookupKey(), current.lookupKey()),
                    or(c.displayName(), current.displayName()), or(c.description(), current.description()),
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), clock.instant()));
            prices.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, PriceId id) {
        transactions.inTransaction(() -> {
            ListedPrice current = FindPricesService.livePrice(prices, caller.scope(), id);
            prices.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }

    public static Plan livePlan(PlanRepository plans, Scope scope, PlanId id) {
        return plans.findById(scope, id).filter(Plan::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.PLAN_NOT_FOUND, "plan " + id + " not found"));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
