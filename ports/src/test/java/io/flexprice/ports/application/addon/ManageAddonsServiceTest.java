package io.flexprice.ports.application.addon;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.PriceCommands.fixedForAddon;
import static io.flexprice.ports.testing.PriceCommands.tieredUsage;
import static io.flexprice.ports.testing.PriceCommands.usageFor;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.ports.in.addon.CreateAddonCommand;
import io.flexprice.ports.in.addon.ManageAddonsUseCase.AddonView;
import io.flexprice.ports.in.addon.UpdateAddonCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonFilter;
import io.flexprice.ports.testing.FakeAddonRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePriceRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageAddonsServiceTest {

    private final TestClock clock = new TestClock(NOW);
    private final FakeAddonRepository addons = new FakeAddonRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final ManageAddonsService service = new ManageAddonsService(addons, prices, meters,
            new ImmediateTransactions(), new SequentialIdGenerator(), clock);
    private final FindAddonsService find = new FindAddonsService(addons, prices, clock);
    private final Caller caller = aCaller().build();

    private static CreateAddonCommand addon(String lookupKey, List<CreatePriceCommand> addonPrices) {
        return new CreateAddonCommand("Extra seats", "Per seat", lookupKey, AddonType.MULTIPLE_INSTANCE,
                Map.of("k", "v"), addonPrices);
    }

    @Test
    void createStoresTheAddonWithItsPricesNamingIt() {
        String meterId = meters.add(aMeter().build()).id().value();

        AddonView created = service.create(caller, addon("seats", List.of(fixedForAddon(null, "seat_fee"),
                new CreatePriceCommand(null, null, "seat_usage", meterId, "Tokens", null, Map.of(),
                        tieredUsage()))));

        assertThat(created.addon().id().value()).startsWith("addon_");
        assertThat(created.addon().type()).isEqualTo(AddonType.MULTIPLE_INSTANCE);
        assertThat(created.addon().status()).isEqualTo(Status.PUBLISHED);
        assertThat(created.addon().audit().createdBy()).isEqualTo(ACTOR);
        assertThat(created.prices()).hasSize(2).allSatisfy(p -> {
            assertThat(p.entityType()).isEqualTo(PriceEntityType.ADDON);
            assertThat(p.entityId()).isEqualTo(created.addon().id().value());
            assertThat(p.startDate()).isEqualTo(NOW);
        });
        assertThat(find.get(caller, created.addon().id())).isEqualTo(created);
        assertThat(find.getByLookupKey(caller, "seats")).isEqualTo(created);
    }

    @Test
    void createReportsTheAddonsAndEveryPricesViolationsAndStoresNothing() {
        assertThat(fieldsRejected(() -> service.create(caller, new CreateAddonCommand(" ", null, null, null, null,
                List.of(fixedForAddon(null, null), new CreatePriceCommand(null, null, null, null, "Tokens", null,
                        Map.of(), tieredUsage()))))))
                .containsExactly("name", "lookup_key", "type", "prices[1].meter_id");
        assertThat(addons.all()).isEmpty();
        assertThat(prices.all()).isEmpty();
    }

    @Test
    void inlinePricesNamingAnotherEntityAreRefusedNotMovedToTheAddon() {
        CreatePriceCommand ofAPlan = usageFor("plan_x", null, meters.add(aMeter().build()).id().value());
        CreatePriceCommand ofAnotherAddon = fixedForAddon("addon_other", null);

        assertThat(fieldsRejected(() -> service.create(caller, addon("seats", List.of(fixedForAddon(null, null),
                ofAPlan, ofAnotherAddon))))).containsExactly("prices[1].entity_type", "prices[1].entity_id",
                "prices[2].entity_id");
        assertThat(addons.all()).isEmpty();
        assertThat(prices.all()).isEmpty();
    }

    @Test
    void aLiveLookupKeyIsTakenButADeletedOneIsFree() {
        AddonView first = service.create(caller, addon("seats", List.of()));

        assertThatThrownBy(() -> service.create(caller, addon("seats", List.of())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDON_LOOKUP_KEY_TAKEN));
        service.delete(caller, first.addon().id());
        assertThat(service.create(caller, addon("seats", List.of())).addon().lookupKey()).isEqualTo("seats");
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        AddonView created = service.create(caller, addon("seats", List.of(fixedForAddon(null, null))));

        AddonView updated = service.update(caller, created.addon().id(), new UpdateAddonCommand("Seats", null, null));

        assertThat(updated.addon().name()).isEqualTo("Seats");
        assertThat(updated.addon().description()).isEqualTo("Per seat");
        assertThat(updated.addon().metadata()).isEqualTo(created.addon().metadata());
        assertThat(updated.prices()).isEqualTo(created.prices());
        assertThat(fieldsRejected(() -> service.update(caller, created.addon().id(),
                new UpdateAddonCommand(" ", null, null)))).containsExactly("name");
    }

    @Test
    void deleteRemovesTheAddonAndItsPricesFromReads() {
        AddonView created = service.create(caller, addon("seats", List.of(fixedForAddon(null, "seat_fee"))));

        service.delete(caller, created.addon().id());

        assertThatThrownBy(() -> find.get(caller, created.addon().id())).isInstanceOfSatisfying(
                NotFoundException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADDON_NOT_FOUND));
        assertThatThrownBy(() -> find.getByLookupKey(caller, "seats")).isInstanceOf(NotFoundException.class);
        assertThat(prices.all()).extracting(ListedPrice::status).containsExactly(Status.DELETED);
        assertThat(find.search(caller, AddonFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void searchNarrowsByType() {
        AddonView seats = service.create(caller, addon("seats", List.of()));
        service.create(caller, new CreateAddonCommand("Setup", null, "setup", AddonType.ONETIME, null, List.of()));

        assertThat(find.search(caller, new AddonFilter(null, null, AddonType.MULTIPLE_INSTANCE, null),
                PageRequest.first(10)).items()).containsExactly(seats.addon());
    }

    @Test
    void anAddonOfAnotherEnvironmentIsNotFound() {
        AddonId id = service.create(caller, addon("seats", List.of())).addon().id();
        Caller elsewhere = aCaller().in(OTHER_ENVIRONMENT).build();

        assertThatThrownBy(() -> find.get(elsewhere, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(elsewhere, id, new UpdateAddonCommand("x", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(elsewhere, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInlinePriceWithATakenLookupKeyConflictsBeforeTheAddonIsStored() {
        service.create(caller, addon("seats", List.of(fixedForAddon(null, "seat_fee"))));

        assertThatThrownBy(() -> service.create(caller, addon("more_seats", List.of(fixedForAddon(null,
                "seat_fee"))))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRICE_LOOKUP_KEY_TAKEN));
        assertThat(addons.all()).hasSize(1);
        assertThat(prices.all()).hasSize(1);
    }
}
