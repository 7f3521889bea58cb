package io.flexprice.ports.application.pricing;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.PriceCommands.fixedFor;
import static io.flexprice.ports.testing.PriceCommands.usageFor;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.ports.application.plan.ManagePlansService;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePlanRepository;
import io.flexprice.ports.testing.FakePriceRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagePricesServiceTest {

    private final FakePlanRepository plans = new FakePlanRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ManagePricesService service =
            new ManagePricesService(prices, plans, meters, new ImmediateTransactions(), ids, CLOCK);
    private final FindPricesService find = new FindPricesService(prices);
    private final Caller caller = aCaller().build();
    private String planId;
    private String meterId;

    @BeforeEach
    void aPlanAndAMeter() {
        meterId = meters.add(aMeter().build()).id().value();
        planId = new ManagePlansService(plans, prices, meters, new ImmediateTransactions(), ids, CLOCK)
                .create(caller, new CreatePlanCommand("Pro", null, null, null, List.of())).plan().id().value();
    }

    @Test
    void createdPriceIsFoundByIdAndByLookupKey() {
        ListedPrice created = service.create(caller, usageFor(planId, "pro_tokens", meterId));

        assertThat(find.get(caller, created.id())).isEqualTo(created);
        assertThat(find.getByLookupKey(caller, "pro_tokens")).isEqualTo(created);
        assertThat(find.search(caller, PriceFilter.ofEntity(planId), PageRequest.first(10)).items())
                .containsExactly(created);
    }

    @Test
    void createForAnUnknownPlanIsNotFound() {
        assertThatThrownBy(() -> service.create(caller, fixedFor("plan_nope", null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_NOT_FOUND));
    }

    @Test
    void bulkCreateReportsEveryItemsViolationsAndStoresNothing() {
        assertThat(fieldsRejected(() -> service.createAll(caller, List.of(fixedFor(planId, "a"),
                usageFor(planId, "b", null), fixedFor(null, null)))))
                .containsExactly("items[1].meter_id", "items[2].entity_id");
        assertThat(prices.all()).isEmpty();
    }

    @Test
    void bulkCreateStoresEveryPrice() {
        List<ListedPrice> created = service.createAll(caller, List.of(fixedFor(planId, "a"),
                usageFor(planId, "b", meterId)));

        assertThat(prices.all()).containsExactlyElementsOf(created);
    }

    @Test
    void aLiveLookupKeyConflictsUntilItsPriceIsDeleted() {
        ListedPrice first = service.create(caller, fixedFor(planId, "pro_fee"));

        assertThatThrownBy(() -> service.create(caller, fixedFor(planId, "pro_fee")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRICE_LOOKUP_KEY_TAKEN));
        service.delete(caller, first.id());
        assertThatThrownBy(() -> find.get(caller, first.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.create(caller, fixedFor(planId, "pro_fee")).lookupKey()).isEqualTo("pro_fee");
    }

    @Test
    void updateChangesTheEditableFieldsAndKeepsTheTerms() {
        ListedPrice created = service.create(caller, fixedFor(planId, "pro_fee"));

        ListedPrice updated = service.update(caller, created.id(),
                new UpdatePriceCommand("pro_fee_v2", "Fee", null, Map.of("a", "b")));

        assertThat(updated.lookupKey()).isEqualTo("pro_fee_v2");
        assertThat(updated.displayName()).isEqualTo("Fee");
        assertThat(updated.metadata()).isEqualTo(Metadata.of(Map.of("a", "b")));
        assertThat(updated.terms()).isEqualTo(created.terms());
        assertThat(find.get(caller, created.id())).isEqualTo(updated);
    }
}
